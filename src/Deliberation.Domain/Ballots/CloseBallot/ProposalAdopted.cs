namespace Deliberation.Domain.Ballots.CloseBallot;

/// <summary>
/// A proposal was adopted by a ballot on it: recorded on the proposal's own stream, in the same
/// transaction as the ballot's close, so the proposal's record says what became of it.
/// </summary>
public sealed record ProposalAdopted(Guid ProposalId, Guid BallotId, DateTimeOffset AdoptedAt);
