namespace Deliberation.Tally.Choices;

/// <summary>The end of plurality, approval, score and Borda: the highest total wins, ties per the tie-break.</summary>
internal static class TotalsRule
{
    public static ChoiceResult<TotalsDetail> Decide(OptionSet options, decimal[] totals, decimal totalWeight, TieBreaker tieBreaker, string measure)
    {
        var top = totals.Max();
        var leaders = Enumerable.Range(0, options.Count).Where(o => totals[o] == top).ToList();
        List<string> winners;
        string text;
        var shown = Enumerable.Range(0, options.Count).OrderByDescending(o => totals[o]).ThenBy(o => o)
            .Select(o => $"{options[o]} {Numbers.Show(totals[o])}");
        var standings = string.Join(", ", shown);
        if (leaders.Count == 1)
        {
            winners = [options[leaders[0]]];
            text = $"{options[leaders[0]]} wins with the most {measure} ({standings}).";
        }
        else if (tieBreaker.Best(leaders, "winner") is { } chosen)
        {
            winners = [options[chosen]];
            text = $"{options[chosen]} wins a tie for the most {measure} with {ChoiceText.List(leaders.Where(o => o != chosen).Select(o => options[o]))}, settled {ChoiceText.TieClause(tieBreaker.Record[^1])} ({standings}).";
        }
        else
        {
            winners = leaders.Select(o => options[o]).ToList();
            text = $"Tied: {ChoiceText.List(winners)} have the most {measure}, {Numbers.Show(top)} each, and no tie-break is configured ({standings}).";
        }
        var detail = new TotalsDetail(measure, Enumerable.Range(0, options.Count).Select(o => new OptionTotal(options[o], totals[o])).ToList(), totalWeight);
        return new ChoiceResult<TotalsDetail>(winners, tieBreaker.Record, detail, text);
    }
}
