using Deliberation.Domain.Proposals;
using Deliberation.Domain.Sessions;
using Marten;
using Command = Deliberation.Domain.Proposals.SubmitProposal.SubmitProposal;

namespace Deliberation.Engine.Proposals.SubmitProposal;

public static class SubmitProposalHandler
{
    public static async Task<Proposal> HandleAsync(IDocumentSession session, Command command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var target = await session.LoadAsync<Session>(command.SessionId, cancellationToken);
        var submitted = Command.Decide(target, command, now);
        session.Events.StartStream<Proposal>(command.ProposalId, submitted);
        return Proposal.Create(submitted);
    }
}
