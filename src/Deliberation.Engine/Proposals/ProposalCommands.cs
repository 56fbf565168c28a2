using Deliberation.Domain.Proposals;
using Deliberation.Domain.Proposals.Amending;
using Deliberation.Domain.Proposals.Merging;
using Deliberation.Domain.Proposals.Submission;
using Deliberation.Engine.EventStore;
using Marten;

namespace Deliberation.Engine.Proposals;

/// <summary>The proposal commands that need more than one stream, or an earlier version, to decide.</summary>
public static class ProposalCommands
{
    public static async Task<Proposal> SubmitAsync(IDocumentSession session, SubmitProposal command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var target = await ProposalHandler.LockedSessionAsync(session, command.SessionId, cancellationToken);
        return session.Start<Proposal>(command.ProposalId, [.. SubmitProposal.Decide(target, command, now)]);
    }

    public static async Task<Proposal> SubmitAmendmentAsync(IDocumentSession session, SubmitAmendment command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var atBase = command.ParentId is null ? await ProposalHandler.AtVersionAsync(session, command.ProposalId, command.BaseVersion, cancellationToken) : null;
        var proposal = await ProposalHandler.HandleAsync(session, command.ProposalId,
            (current, target) => SubmitAmendment.Decide(current, atBase, target, command, now), cancellationToken);
        session.Insert(new AmendmentLocation(command.AmendmentId, command.ProposalId, proposal.SessionId));
        return proposal;
    }

    public static async Task<Proposal> RebaseAmendmentAsync(IDocumentSession session, RebaseAmendment command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var atBase = await ProposalHandler.AtVersionAsync(session, command.ProposalId, command.BaseVersion, cancellationToken);
        return await ProposalHandler.HandleAsync(session, command.ProposalId,
            (current, target) => RebaseAmendment.Decide(current, atBase, target, command, now), cancellationToken);
    }

    public static async Task<Proposal> MergeAsync(IDocumentSession session, MergeProposals command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var target = await ProposalHandler.SessionOfAsync(session, command.ProposalId, cancellationToken);
        var merged = await session.Events.FetchForWriting<Proposal>(command.MergedProposalId, cancellationToken);
        Domain.Proposals.Merging.ProposalMergedInto? ended = null;
        var kept = await session.DecideAsync<Proposal>(command.ProposalId, current =>
        {
            var (keptEvents, mergedEvent) = MergeProposals.Decide(current, merged.Aggregate, target, command, now);
            ended = mergedEvent;
            return keptEvents;
        }, cancellationToken);
        merged.AppendOne(ended!);
        return kept;
    }
}
