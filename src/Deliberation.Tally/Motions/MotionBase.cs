namespace Deliberation.Tally.Motions;

/// <summary>What the threshold is measured against. Always stated; never implied.</summary>
public enum MotionBase
{
    /// <summary>Yes plus no; abstentions are counted and reported but are not in the base.</summary>
    VotesCast,
    /// <summary>Yes plus no plus abstentions.</summary>
    VotesCastWithAbstentions,
    /// <summary>Participants present (from <see cref="Electorate.Present"/>), whether or not they voted.</summary>
    Present,
    /// <summary>All eligible members (from <see cref="Electorate.Eligible"/>): an absolute majority uses this base.</summary>
    Eligible,
}
