using Deliberation.Domain.Ballots;
using Deliberation.Domain.Proposals;
using Marten;
using Command = Deliberation.Domain.Ballots.OpenBallot.OpenBallot;

namespace Deliberation.Engine.Ballots.OpenBallot;

public static class OpenBallotHandler
{
    public static async Task<Ballot> HandleAsync(IDocumentSession session, Command command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var proposal = await session.LoadAsync<Proposal>(command.ProposalId, cancellationToken);
        var opened = Command.Decide(proposal, command, now);
        session.Events.StartStream<Ballot>(command.BallotId, opened);
        return Ballot.Create(opened);
    }
}
