using Deliberation.Tally.Groups;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Ballots;

/// <summary>
/// The rule a ballot is decided by, fixed and shown to everyone when it opens: a motion rule of the tally
/// library (threshold, base, quorum, tie rule), needed overall and, when a group <see cref="Dimension"/> is
/// named, also inside each of its <see cref="Values"/>: the values voters of the electorate held when the
/// ballot opened (a double or multiple majority). Voters whose value is undisclosed count overall only.
/// With <see cref="Consent"/> the ballot is decided by consent instead, and the motion rule is not used.
/// </summary>
public sealed record BallotRule(MotionRule Motion, string? Dimension, IReadOnlyList<string> Values)
{
    /// <summary>
    /// Consent, stand aside or block, under this rule of the library: blocks reaching its limit stop the decision, and
    /// with a <see cref="Dimension"/>, so do its group limit's blocks from inside any one of the <see cref="Values"/> (a group veto).
    /// </summary>
    public ConsentRule? Consent { get; init; }

    /// <summary>More yes than no among the votes cast, abstentions out of the base, a tie fails; no group requirement.</summary>
    public static BallotRule SimpleMajority { get; } = new(MotionRule.SimpleMajority, null, []);
}
