using Deliberation.Domain.Ballots;
using Deliberation.Domain.Sessions;
using Deliberation.Engine.EventStore;
using Marten;
using Command = Deliberation.Domain.Ballots.CloseBallot.CloseBallot;

namespace Deliberation.Engine.Ballots.CloseBallot;

public static class CloseBallotHandler
{
    public static async Task<Ballot> HandleAsync(IDocumentSession session, Command command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Exclusive: every vote batch holding the lock shared has committed, and every later one sees the ballot closed.
        await TransactionLock.TakeExclusiveAsync(session, command.BallotId, cancellationToken);
        var votes = await session.Query<Vote>().Where(v => v.BallotId == command.BallotId).ToListAsync(cancellationToken);
        var current = await session.LoadAsync<Ballot>(command.BallotId, cancellationToken);
        var target = current is null ? null : await session.LoadAsync<Session>(current.SessionId, cancellationToken);
        return await session.DecideAsync<Ballot>(command.BallotId, ballot => [Command.Decide(ballot, target!, votes, command, now)], cancellationToken);
    }
}
