using Deliberation.Domain.Ballots;
using Deliberation.Domain.Participants;
using Deliberation.Domain.Proposals;
using Deliberation.Domain.Sessions;
using Deliberation.Engine.Ballots.Secrecy;
using Deliberation.Engine.EventStore;
using Marten;
using Command = Deliberation.Domain.Ballots.OpenBallot.OpenBallot;

namespace Deliberation.Engine.Ballots.OpenBallot;

public static class OpenBallotHandler
{
    public static async Task<Ballot> HandleAsync(IDocumentSession session, BallotKeys keys, Command command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var proposal = command.ProposalId is { } proposalId ? await session.LoadAsync<Proposal>(proposalId, cancellationToken) : null;
        var sessionId = command.ProposalId is null ? command.SessionId : proposal?.SessionId;
        var target = sessionId is { } id ? await session.LoadAsync<Session>(id, cancellationToken) : null;
        if (target is null) throw new Domain.Common.NotFound(command.ProposalId is null ? "session" : "proposal", command.ProposalId ?? command.SessionId);
        // The electorate is whoever has joined with voting rights as this reads; a later joiner is not in it.
        IReadOnlyList<Participant> participants = await session.Query<Participant>().Where(p => p.SessionId == target.Id).ToListAsync(cancellationToken);
        var opened = session.Start<Ballot>(command.BallotId, Command.Decide(proposal, target, participants, command, now));
        // A ballot on an amendment freezes what it touches, in the same transaction as the ballot opens.
        if (command.AmendmentId is { } amendment)
            await session.DecideAsync<Proposal>(command.ProposalId!.Value, current =>
                [Domain.Proposals.AmendmentDecisions.PutAmendmentToVote.Decide(current, target, new(command.ProposalId.Value, amendment, command.BallotId, command.By), now)],
                cancellationToken);
        // The key exists before anyone can vote; should the ballot not commit, an unused key file is all that remains.
        if (opened.Secrecy == BallotSecrecy.Secret && !keys.Exists(opened.Id)) keys.Create(opened.Id);
        return opened;
    }
}
