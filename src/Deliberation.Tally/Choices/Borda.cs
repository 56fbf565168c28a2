namespace Deliberation.Tally.Choices;

/// <summary>
/// Borda count. An option earns one point for each option its ballot ranks below it and half a point for
/// each option tied with it (unranked options tie at the bottom). On full strict rankings of n options
/// this is the classic n-1, n-2, ..., 0; it is computed from the pairwise matrix as
/// points(i) = sum over j of (W + d[i,j] - d[j,i]) / 2, where W is the total weight.
/// </summary>
public static class Borda
{
    public static ChoiceResult<TotalsDetail> Tally(IReadOnlyList<string> options, IReadOnlyList<RankedBallot> ballots, TieBreak? tieBreak = null)
    {
        var v = new Violations();
        var set = OptionSet.Check(options, v);
        var tieBreaker = TieBreaker.Check(tieBreak, set, v);
        var profile = RankedProfile.Read(set, ballots, null, v);
        v.ThrowIfAny();
        var d = PairwiseCounts.Build(profile);
        var totals = new decimal[set.Count];
        for (var i = 0; i < set.Count; i++)
            for (var j = 0; j < set.Count; j++)
                if (i != j) totals[i] += (profile.TotalWeight + d[i, j] - d[j, i]) / 2;
        return TotalsRule.Decide(set, totals, profile.TotalWeight, tieBreaker, "Borda points");
    }
}
