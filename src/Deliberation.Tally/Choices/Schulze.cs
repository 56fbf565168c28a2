namespace Deliberation.Tally.Choices;

/// <summary>
/// The Schulze method. A link i→j exists when more prefer i to j than j to i; its strength is the winning
/// votes d[i,j] or the margin d[i,j]-d[j,i], as stated. p[i,j] is the strength of the strongest path
/// (widest path, Floyd–Warshall). The winners are the options i with p[i,j] ≥ p[j,i] for every j; more than
/// one is a tie, broken by the tie-break or reported. Ballots may be partial rankings with ties.
/// </summary>
public static class Schulze
{
    public static ChoiceResult<SchulzeDetail> Tally(
        IReadOnlyList<string> options, IReadOnlyList<RankedBallot> ballots,
        PairwiseStrength strength = PairwiseStrength.WinningVotes, TieBreak? tieBreak = null)
    {
        var v = new Violations();
        var set = OptionSet.Check(options, v);
        var tieBreaker = TieBreaker.Check(tieBreak, set, v);
        var profile = RankedProfile.Read(set, ballots, null, v);
        v.ThrowIfAny();
        var d = PairwiseCounts.Build(profile);
        var p = StrongestPaths(d, strength);
        var ranking = Order(p, set.Count);
        var best = ranking[0];
        List<string> winners;
        string text;
        if (best.Count == 1)
        {
            winners = [set[best[0]]];
            text = $"{winners[0]} wins: its strongest path to every other option is at least as strong as the strongest path back ({strength}).";
        }
        else if (tieBreaker.Best(best, "winner") is { } chosen)
        {
            winners = [set[chosen]];
            text = $"{winners[0]} wins a Schulze tie with {ChoiceText.List(best.Where(o => o != chosen).Select(o => set[o]))}, settled {ChoiceText.TieClause(tieBreaker.Record[^1])}.";
        }
        else
        {
            winners = best.Select(o => set[o]).ToList();
            text = $"Tied: {ChoiceText.List(winners)} are all Schulze winners and no tie-break is configured.";
        }
        var detail = new SchulzeDetail(set.Names, strength, Matrix.Rows(d), Matrix.Rows(p),
            ranking.Select(level => (IReadOnlyList<string>)level.Select(o => set[o]).ToList()).ToList());
        return new ChoiceResult<SchulzeDetail>(winners, tieBreaker.Record, detail, text);
    }

    internal static decimal[,] StrongestPaths(decimal[,] d, PairwiseStrength strength)
    {
        var n = d.GetLength(0);
        var p = new decimal[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                if (i != j && d[i, j] > d[j, i])
                    p[i, j] = strength == PairwiseStrength.Margins ? d[i, j] - d[j, i] : d[i, j];
        for (var k = 0; k < n; k++)
            for (var i = 0; i < n; i++)
            {
                if (i == k || p[i, k] == 0) continue;
                for (var j = 0; j < n; j++)
                    if (j != i && j != k)
                        p[i, j] = Math.Max(p[i, j], Math.Min(p[i, k], p[k, j]));
            }
        return p;
    }

    /// <summary>Levels of the Schulze order: each level holds the options no remaining option beats (p[j,i] &gt; p[i,j]).</summary>
    private static List<List<int>> Order(decimal[,] p, int n)
    {
        var remaining = Enumerable.Range(0, n).ToList();
        var levels = new List<List<int>>();
        while (remaining.Count > 0)
        {
            var top = remaining.Where(i => remaining.All(j => j == i || p[i, j] >= p[j, i])).ToList();
            if (top.Count == 0) top = remaining.ToList(); // cannot happen (the relation is transitive); guards the loop
            levels.Add(top);
            remaining.RemoveAll(top.Contains);
        }
        return levels;
    }
}
