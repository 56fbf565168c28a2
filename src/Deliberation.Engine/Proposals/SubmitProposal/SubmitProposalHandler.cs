using Deliberation.Domain.Proposals;
using Deliberation.Domain.Sessions;
using Deliberation.Engine.EventStore;
using Marten;
using Command = Deliberation.Domain.Proposals.SubmitProposal.SubmitProposal;

namespace Deliberation.Engine.Proposals.SubmitProposal;

public static class SubmitProposalHandler
{
    public static async Task<Proposal> HandleAsync(IDocumentSession session, Command command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var target = await session.LoadAsync<Session>(command.SessionId, cancellationToken);
        return session.Start<Proposal>(command.ProposalId, Command.Decide(target, command, now));
    }
}
