using Deliberation.Tally.Motions;

namespace Deliberation.Tally.Groups;

/// <summary>
/// When blocks stop a decision: blocks (by weight) reaching <paramref name="BlocksToStop"/> overall, or,
/// when <paramref name="BlocksFromOneGroupToStop"/> is set, that many blocks from inside any one group
/// (only the listed <paramref name="Groups"/>, or every group that appears when none are listed).
/// The decision needs at least some consent, and the quorum when one is given.
/// </summary>
public sealed record ConsentRule(
    decimal BlocksToStop = 1m,
    decimal? BlocksFromOneGroupToStop = null,
    IReadOnlyList<string>? Groups = null,
    Quorum? Quorum = null)
{
    /// <summary>Any single block stops the decision.</summary>
    public static ConsentRule AnyBlock { get; } = new();

    /// <summary>Blocks from at least <paramref name="members"/> members stop it.</summary>
    public static ConsentRule BlocksFrom(decimal members) => new(BlocksToStop: members);

    /// <summary>
    /// <paramref name="blocks"/> blocks from any one group stop it (a group veto), as do
    /// <paramref name="overall"/> blocks in all.
    /// </summary>
    public static ConsentRule GroupVeto(decimal blocks = 1m, decimal overall = decimal.MaxValue, IReadOnlyList<string>? groups = null) =>
        new(overall, blocks, groups);
}
