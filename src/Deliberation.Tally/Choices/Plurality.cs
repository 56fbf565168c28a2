namespace Deliberation.Tally.Choices;

/// <summary>Plurality: one mark per ballot; the option with the most (weighted) marks wins.</summary>
public static class Plurality
{
    public static ChoiceResult<TotalsDetail> Tally(IReadOnlyList<string> options, IReadOnlyList<PluralityBallot> ballots, TieBreak? tieBreak = null)
    {
        var v = new Violations();
        var set = OptionSet.Check(options, v);
        var tieBreaker = TieBreaker.Check(tieBreak, set, v);
        var totals = new decimal[set.Count];
        decimal weight = 0;
        for (var i = 0; i < (ballots ?? []).Count; i++)
        {
            var b = ballots![i];
            if (b is null) { v.Add($"ballots[{i}]", "A ballot must not be null."); continue; }
            v.Weight(b.Weight, $"ballots[{i}].weight");
            if (!set.TryGet(b.Option, out var o)) { v.Add($"ballots[{i}].option", $"\"{b.Option}\" is not an option."); continue; }
            totals[o] += b.Weight;
            weight += b.Weight;
        }
        v.ThrowIfAny();
        return TotalsRule.Decide(set, totals, weight, tieBreaker, "votes");
    }
}
