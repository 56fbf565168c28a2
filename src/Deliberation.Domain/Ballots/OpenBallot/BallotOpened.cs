using Deliberation.Domain.Access;

namespace Deliberation.Domain.Ballots.OpenBallot;

public sealed record BallotOpened(Guid BallotId, Guid SessionId, Guid ProposalId, DecisionRule Rule, Actor By, DateTimeOffset OpenedAt);
