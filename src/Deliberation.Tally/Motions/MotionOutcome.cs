namespace Deliberation.Tally.Motions;

public enum MotionOutcome
{
    Adopted,
    Rejected,
    /// <summary>Too few took part; nothing was decided.</summary>
    NoQuorum,
    /// <summary>A tie under <see cref="MotionTieRule.ChairDecides"/> with no casting vote given yet.</summary>
    AwaitingChair,
}
