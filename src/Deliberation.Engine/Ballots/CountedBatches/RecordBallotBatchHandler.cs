using Deliberation.Domain.Ballots;
using Deliberation.Domain.Sessions;
using Deliberation.Engine.EventStore;
using Marten;
using Command = Deliberation.Domain.Ballots.CountedBatches.RecordBallotBatch;

namespace Deliberation.Engine.Ballots.CountedBatches;

public static class RecordBallotBatchHandler
{
    /// <summary>
    /// The batch goes on the ballot's own stream: a close that raced it meets it there (one of the two
    /// writes retries), so a batch is either counted by the close or refused as too late.
    /// </summary>
    public static async Task<Ballot> HandleAsync(IDocumentSession session, Command command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = await session.LoadAsync<Ballot>(command.BallotId, cancellationToken);
        if (current is not null) await TransactionLock.ShareAsync(session, current.SessionId, cancellationToken);
        var target = current is null ? null : await session.LoadAsync<Session>(current.SessionId, cancellationToken);
        return await session.DecideAsync<Ballot>(command.BallotId, ballot => [Command.Decide(ballot, target!, command, now)], cancellationToken);
    }
}
