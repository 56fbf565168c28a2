using Deliberation.Domain.Ballots;
using Deliberation.Domain.Sessions;
using Deliberation.Engine.EventStore;
using Marten;
using Command = Deliberation.Domain.Ballots.CastVote.CastVote;

namespace Deliberation.Engine.Ballots.CastVote;

public static class CastVoteHandler
{
    public static async Task<Vote> HandleAsync(IDocumentSession session, Command command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await TransactionLock.ShareAsync(session, command.BallotId, cancellationToken);
        var ballot = await session.LoadAsync<Ballot>(command.BallotId, cancellationToken);
        var target = ballot is null ? null : await session.LoadAsync<Session>(ballot.SessionId, cancellationToken);
        return await session.DecideAsync<Vote>(command.VoteId, vote => [Command.Decide(ballot, target!, vote, command, now)], cancellationToken);
    }
}
