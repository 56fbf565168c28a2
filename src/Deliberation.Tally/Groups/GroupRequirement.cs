using Deliberation.Tally.Motions;

namespace Deliberation.Tally.Groups;

/// <summary>
/// A threshold that must also hold inside one group, counting only that group's members' ballots,
/// with the group's own base, quorum and tie rule (a tie inside a group fails under the default rule).
/// </summary>
public sealed record GroupRequirement(string Group, MotionRule Rule);

/// <summary>
/// A double or multiple majority: the overall rule and every listed group requirement must hold.
/// Kosovo's vital-interest laws, for example, need a majority of all members and a majority of the
/// non-majority communities' members.
/// </summary>
public sealed record MultipleMajorityRule(MotionRule Overall, IReadOnlyList<GroupRequirement> Groups);
