using Deliberation.Domain.Ballots.CastVote;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Ballots;

/// <summary>
/// One voter's vote on one ballot. Each vote is a stream of its own, so voters never contend
/// with each other for the ballot's stream; its id is derived from ballot and voter (see <see cref="Id"/>).
/// </summary>
public sealed record Vote(Guid Id, Guid BallotId, Guid VoterId, MotionChoice Choice, DateTimeOffset CastAt)
{
    public static Vote Create(VoteCast e) => new(e.VoteId, e.BallotId, e.VoterId, e.Choice, e.CastAt);

    /// <summary>The stream id of a voter's vote on a ballot: one per pair, whoever computes it.</summary>
    public static Guid IdFor(Guid ballotId, Guid voterId) => Common.DeterministicGuid.Create(ballotId, voterId.ToString());
}
