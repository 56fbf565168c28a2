using Deliberation.Domain.Ballots;
using Deliberation.Engine.EventStore;
using Marten;
using Command = Deliberation.Domain.Ballots.CloseBallot.CloseBallot;

namespace Deliberation.Engine.Ballots.CloseBallot;

public static class CloseBallotHandler
{
    public static async Task<Ballot> HandleAsync(IDocumentSession session, Command command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await BallotLock.TakeExclusiveAsync(session, command.BallotId, cancellationToken);
        var votes = await session.Query<Vote>().Where(v => v.BallotId == command.BallotId).ToListAsync(cancellationToken);
        return await session.DecideAsync<Ballot>(command.BallotId, ballot => [Command.Decide(ballot, votes, command, now)], cancellationToken);
    }
}
