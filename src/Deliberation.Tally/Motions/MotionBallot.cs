namespace Deliberation.Tally.Motions;

/// <summary>
/// One ballot on a motion. <paramref name="Weight"/> counts as that many identical ballots;
/// <paramref name="Groups"/> are the voter's groups (community, gender, ...) for group rules.
/// </summary>
public sealed record MotionBallot(MotionChoice Choice, decimal Weight = 1m, IReadOnlyList<string>? Groups = null);
