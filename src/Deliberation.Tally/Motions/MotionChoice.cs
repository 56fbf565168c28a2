namespace Deliberation.Tally.Motions;

/// <summary>What one voter chose on a motion.</summary>
public enum MotionChoice
{
    Yes,
    No,
    Abstain,
}
