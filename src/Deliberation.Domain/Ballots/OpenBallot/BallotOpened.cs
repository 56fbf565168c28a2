namespace Deliberation.Domain.Ballots.OpenBallot;

public sealed record BallotOpened(Guid BallotId, Guid SessionId, Guid ProposalId, DecisionRule Rule, DateTimeOffset OpenedAt);
