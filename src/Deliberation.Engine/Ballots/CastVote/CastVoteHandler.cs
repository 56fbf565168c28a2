using Deliberation.Domain.Ballots;
using Marten;
using Command = Deliberation.Domain.Ballots.CastVote.CastVote;

namespace Deliberation.Engine.Ballots.CastVote;

public static class CastVoteHandler
{
    public static async Task<Vote> HandleAsync(IDocumentSession session, Command command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await BallotLock.ShareAsync(session, command.BallotId, cancellationToken);
        var ballot = await session.LoadAsync<Ballot>(command.BallotId, cancellationToken);
        var vote = await session.Events.FetchForWriting<Vote>(command.VoteId, cancellationToken);
        var cast = Command.Decide(ballot, vote.Aggregate, command, now);
        vote.AppendOne(cast);
        return Vote.Create(cast);
    }
}
