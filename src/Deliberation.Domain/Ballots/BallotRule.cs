using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Ballots;

/// <summary>
/// The rule a ballot is decided by, fixed and shown to everyone when it opens: a motion rule of the tally
/// library (threshold, base, quorum, tie rule), needed overall and, when a group <see cref="Dimension"/> is
/// named, also inside each of its <see cref="Values"/>: the values voters of the electorate held when the
/// ballot opened (a double or multiple majority). Voters whose value is undisclosed count overall only.
/// </summary>
public sealed record BallotRule(MotionRule Motion, string? Dimension, IReadOnlyList<string> Values)
{
    /// <summary>More yes than no among the votes cast, abstentions out of the base, a tie fails; no group requirement.</summary>
    public static BallotRule SimpleMajority { get; } = new(MotionRule.SimpleMajority, null, []);
}
