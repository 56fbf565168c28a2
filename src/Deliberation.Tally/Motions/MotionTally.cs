namespace Deliberation.Tally.Motions;

/// <summary>
/// The full result of a motion: the weighted totals, the base and threshold they were measured against,
/// the quorum check, how a tie (if any) was settled, and one plain sentence.
/// <paramref name="Required"/> is the threshold share of the base, for display (the decision itself is exact).
/// </summary>
public sealed record MotionTally(
    decimal Yes,
    decimal No,
    decimal Abstain,
    MotionBase BaseKind,
    decimal Base,
    Threshold Threshold,
    decimal Required,
    QuorumCheck? Quorum,
    bool Tied,
    MotionTieRule? TieSettledBy,
    MotionOutcome Outcome,
    string Text)
{
    public bool Adopted => Outcome == MotionOutcome.Adopted;
}
