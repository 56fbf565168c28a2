using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Ballots.CastVote;

public sealed record VoteCast(Guid VoteId, Guid BallotId, Guid VoterId, MotionChoice Choice, DateTimeOffset CastAt);
