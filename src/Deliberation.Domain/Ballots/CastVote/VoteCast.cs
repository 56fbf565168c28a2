using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Ballots.CastVote;

/// <summary>A voter's first vote on a ballot, with the receipt the voter was given for it.</summary>
public sealed record VoteCast(Guid VoteId, Guid BallotId, Guid VoterId, MotionChoice Choice, string Receipt, DateTimeOffset CastAt);

/// <summary>A voter's later vote, replacing (or after a withdrawal, restoring) their choice; it comes with a new receipt.</summary>
public sealed record VoteChanged(Guid VoteId, MotionChoice Choice, string Receipt, DateTimeOffset ChangedAt);
