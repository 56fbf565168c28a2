namespace Deliberation.Tally.Choices;

/// <summary>Score (range) voting: each ballot scores options within a stated range; the highest weighted total wins.</summary>
public static class Score
{
    public static ChoiceResult<TotalsDetail> Tally(IReadOnlyList<string> options, IReadOnlyList<ScoreBallot> ballots, ScoreRange range, TieBreak? tieBreak = null)
    {
        var v = new Violations();
        var set = OptionSet.Check(options, v);
        var tieBreaker = TieBreaker.Check(tieBreak, set, v);
        if (range is null || range.Min >= range.Max) v.Add("range", "The range needs a minimum below its maximum.");
        v.ThrowIfAny();
        var totals = new decimal[set.Count];
        var scored = new int[set.Count];
        decimal weight = 0;
        for (var i = 0; i < (ballots ?? []).Count; i++)
        {
            var b = ballots![i];
            if (b?.Scores is null) { v.Add($"ballots[{i}]", "A ballot and its scores must not be null."); continue; }
            v.Weight(b.Weight, $"ballots[{i}].weight");
            weight += b.Weight;
            var given = new decimal[set.Count];
            Array.Fill(given, range!.Min); // unscored counts as the minimum
            for (var j = 0; j < b.Scores.Count; j++)
            {
                var s = b.Scores[j];
                if (s is null || !set.TryGet(s.Option, out var o)) { v.Add($"ballots[{i}].scores[{j}].option", $"\"{s?.Option}\" is not an option."); continue; }
                if (scored[o] == i + 1) { v.Add($"ballots[{i}].scores[{j}].option", $"\"{s.Option}\" is scored twice."); continue; }
                scored[o] = i + 1;
                if (s.Score < range.Min || s.Score > range.Max)
                    v.Add($"ballots[{i}].scores[{j}].score", $"{Numbers.Show(s.Score)} is outside the range {Numbers.Show(range.Min)} to {Numbers.Show(range.Max)}.");
                given[o] = s.Score;
            }
            for (var o = 0; o < set.Count; o++) totals[o] += given[o] * b.Weight;
        }
        v.ThrowIfAny();
        return TotalsRule.Decide(set, totals, weight, tieBreaker, "points");
    }
}
