namespace Deliberation.Tally.Choices;

/// <summary>
/// Schulze's working: <paramref name="Preferences"/> is d[i,j] (weight preferring option i to option j) and
/// <paramref name="StrongestPaths"/> is p[i,j] (strength of the strongest path from i to j), both indexed in
/// the order of <paramref name="Options"/>; <paramref name="Ranking"/> is the Schulze order, ties grouped.
/// </summary>
public sealed record SchulzeDetail(
    IReadOnlyList<string> Options,
    PairwiseStrength Strength,
    IReadOnlyList<IReadOnlyList<decimal>> Preferences,
    IReadOnlyList<IReadOnlyList<decimal>> StrongestPaths,
    IReadOnlyList<IReadOnlyList<string>> Ranking);
