using Deliberation.Domain.Ballots;
using Marten;
using Command = Deliberation.Domain.Ballots.CloseBallot.CloseBallot;

namespace Deliberation.Engine.Ballots.CloseBallot;

public static class CloseBallotHandler
{
    public static async Task<Ballot> HandleAsync(IDocumentSession session, Command command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await BallotLock.TakeExclusiveAsync(session, command.BallotId, cancellationToken);
        var ballot = await session.Events.FetchForWriting<Ballot>(command.BallotId, cancellationToken);
        var votes = await session.Query<Vote>().Where(v => v.BallotId == command.BallotId).ToListAsync(cancellationToken);
        var closed = Command.Decide(ballot.Aggregate, votes, command, now);
        ballot.AppendOne(closed);
        return ballot.Aggregate!.Apply(closed);
    }
}
