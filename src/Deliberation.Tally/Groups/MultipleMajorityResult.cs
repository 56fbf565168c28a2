using Deliberation.Tally.Motions;

namespace Deliberation.Tally.Groups;

/// <summary>One group's count under its requirement, and whether it held.</summary>
public sealed record GroupTally(string Group, MotionTally Tally, bool Held);

/// <summary>The overall count, each group's count, which groups failed, and one sentence.</summary>
public sealed record MultipleMajorityResult(
    MotionTally Overall,
    IReadOnlyList<GroupTally> Groups,
    IReadOnlyList<string> FailedGroups,
    bool Adopted,
    string Text);
