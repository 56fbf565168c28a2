namespace Deliberation.Tally.Choices;

/// <summary>
/// A ranking, most preferred first. It may be partial: unranked options count as tied below every ranked one.
/// <paramref name="Ranks"/>, when given, holds the rank of each entry of <paramref name="Ranking"/>
/// (1 = first); equal neighbouring ranks are ties, which Borda, Schulze and ranked pairs accept and
/// instant-runoff and STV reject. Ranks must not decrease along the ranking; gaps are allowed.
/// <paramref name="Weight"/> counts as that many identical ballots.
/// </summary>
public sealed record RankedBallot(IReadOnlyList<string> Ranking, decimal Weight = 1m, IReadOnlyList<int>? Ranks = null)
{
    public static RankedBallot Of(params IReadOnlyList<string> ranking) => new(ranking);

    /// <summary>A ranking with ties, given as groups of equally ranked options: <c>WithTies(1, ["a"], ["b", "c"])</c>.</summary>
    public static RankedBallot WithTies(decimal weight, params IReadOnlyList<IReadOnlyList<string>> groups) =>
        new(groups.SelectMany(g => g).ToList(), weight, groups.SelectMany((g, i) => g.Select(_ => i + 1)).ToList());
}
