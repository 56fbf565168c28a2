namespace Deliberation.Tally.Choices;

/// <summary>
/// One majority pair considered by ranked pairs, in the order considered: locked, or skipped because it
/// would have closed a cycle with pairs locked before it.
/// </summary>
public sealed record PairStep(string Winner, string Loser, decimal Support, decimal Opposition, bool Locked);

/// <summary>Ranked pairs' working: the pairwise matrix d[i,j] (in the order of <paramref name="Options"/>) and every pair step.</summary>
public sealed record RankedPairsDetail(
    IReadOnlyList<string> Options,
    PairwiseStrength Strength,
    IReadOnlyList<IReadOnlyList<decimal>> Preferences,
    IReadOnlyList<PairStep> Pairs);
