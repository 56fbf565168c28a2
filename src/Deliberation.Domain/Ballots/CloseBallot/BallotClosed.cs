using Deliberation.Domain.Access;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Ballots.CloseBallot;

public sealed record BallotClosed(Guid BallotId, MotionResult Result, Actor By, DateTimeOffset ClosedAt);
