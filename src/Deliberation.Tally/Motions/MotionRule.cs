namespace Deliberation.Tally.Motions;

/// <summary>A motion rule: a threshold of an explicit base, an optional quorum, and a stated tie rule.</summary>
public sealed record MotionRule(Threshold Threshold, MotionBase Base, Quorum? Quorum = null, MotionTieBreak? Tie = null)
{
    public MotionTieBreak TieRule => Tie ?? MotionTieBreak.Fails;

    /// <summary>More than half of the yes and no votes; abstentions out of the base; a tie fails.</summary>
    public static MotionRule SimpleMajority { get; } = new(Threshold.Majority, MotionBase.VotesCast);

    /// <summary>More than half of all eligible members.</summary>
    public static MotionRule AbsoluteMajority { get; } = new(Threshold.Majority, MotionBase.Eligible);

    public static MotionRule TwoThirds(MotionBase @base) => new(Threshold.TwoThirds, @base);
    public static MotionRule ThreeQuarters(MotionBase @base) => new(Threshold.ThreeQuarters, @base);
    public static MotionRule Unanimity(MotionBase @base) => new(Threshold.Unanimity, @base);
}
