namespace Deliberation.Tally.Motions;

public enum MotionTieRule
{
    /// <summary>A tie fails: the motion is not adopted.</summary>
    Fails,
    /// <summary>The chair's casting vote decides; without it the result waits for the chair.</summary>
    ChairDecides,
    /// <summary>A lot drawn from a published seed: "adopt" and "reject" are ordered by <see cref="Lot"/>.</summary>
    Lot,
}

/// <summary>What happens when yes sits exactly on a strict threshold (for example 5 yes to 5 no).</summary>
public sealed record MotionTieBreak(MotionTieRule Rule, MotionChoice? ChairVote = null, string? Seed = null)
{
    public static MotionTieBreak Fails { get; } = new(MotionTieRule.Fails);
    public static MotionTieBreak Chair(MotionChoice? castingVote) => new(MotionTieRule.ChairDecides, ChairVote: castingVote);
    public static MotionTieBreak ByLot(string seed) => new(MotionTieRule.Lot, Seed: seed);
}
