namespace Deliberation.Domain.Ballots.CastVote;

/// <summary>A voter's first vote on a ballot: their paper, with the receipt they were given (sealed on a secret ballot).</summary>
public sealed record VoteCast(Guid VoteId, Guid BallotId, Guid VoterId, VotePaper Paper, DateTimeOffset CastAt);

/// <summary>A voter's later vote, replacing (or after a withdrawal, restoring) their paper; it comes with a new receipt.</summary>
public sealed record VoteChanged(Guid VoteId, VotePaper Paper, DateTimeOffset ChangedAt);
