namespace Deliberation.Domain.Ballots.CastVote;

/// <summary>
/// A voter's first vote on a ballot: their paper, with the receipt they were given (sealed on a secret ballot).
/// The session is named for the session feed, which finds a session's events by it.
/// </summary>
public sealed record VoteCast(Guid VoteId, Guid BallotId, Guid VoterId, VotePaper Paper, DateTimeOffset CastAt, Guid SessionId);

/// <summary>
/// A voter's later vote, replacing (or after a withdrawal, restoring) their paper; it comes with a new receipt.
/// Ballot, voter and session are named for the session feed, which tells every member who changed their vote where.
/// </summary>
public sealed record VoteChanged(Guid VoteId, VotePaper Paper, DateTimeOffset ChangedAt, Guid BallotId, Guid VoterId, Guid SessionId);
