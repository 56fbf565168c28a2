using Deliberation.Api.V1;
using Deliberation.Cli.Watch;
using Rule = Deliberation.Api.V1.BallotOptions.RuleOneofCase;

namespace Deliberation.Cli.Output;

/// <summary>An options ballot in words: its method, how to mark it, its options, and what it chose.</summary>
internal static class BallotOptionsView
{
    public static IEnumerable<(string, string)> Rows(Ballot ballot)
    {
        var options = ballot.Options;
        yield return ("method", Method(options) + (options.TieBreak is { } tie ? $"; ties broken by {TieBreak(tie)}" : ""));
        yield return ("mark", Form(ballot.Form));
        foreach (var option in options.Options)
            yield return ($"  {option.Key}", EventText.Of(option.Label) + (option.Cost.Length > 0 ? $" (costs {option.Cost})" : ""));
        if (ballot.OptionsResult is not { } result) yield break;
        yield return ("chosen", Chosen(result));
        yield return ("why", result.Explanation);
        yield return (result.Measure, Totals(result.Totals, result.Blank));
        if (result.Spent.Length > 0) yield return ("spent", result.Spent);
        foreach (var group in result.ByGroup)
            yield return ($"{group.Dimension}={group.Value}",
                group.Withheld ? Views.Withheld(group.Voted, "totals") : $"{group.Voted} voted: {Totals(group.Totals, group.Blank)}");
    }

    /// <summary>"park 3, bikes 2; 1 blank".</summary>
    private static string Totals(IEnumerable<TallyOptionTotal> totals, int blank) =>
        string.Join(", ", totals.Select(t => $"{t.Option} {t.Total}")) + (blank > 0 ? $"; {blank} blank" : "");

    /// <summary>What was chosen, in one phrase: "park, bikes", "none", or the tied options.</summary>
    public static string Chosen(OptionsResult result) =>
        (result.Chosen.Count == 0 ? "none" : string.Join(", ", result.Chosen)) + (result.Decided ? "" : " (undecided: a tie the rule cannot break)");

    /// <summary>A paper's marks as typed on the command line: "park bikes", "a=7 c=2", or "blank".</summary>
    public static string Marks(BallotMarks marks) =>
        marks.Options.Count == 0 ? "blank" : string.Join(' ', marks.Options.Select((o, i) => i < marks.Scores.Count ? $"{o}={marks.Scores[i]}" : o));

    private static string Method(BallotOptions options) => options.RuleCase switch
    {
        Rule.Plurality => "plurality",
        Rule.Approval => "approval voting",
        Rule.Score => $"score voting, {options.Score.Min} to {options.Score.Max}",
        Rule.Borda => "Borda count",
        Rule.InstantRunoff => "instant-runoff",
        Rule.Schulze => "Schulze",
        Rule.RankedPairs => "ranked pairs",
        Rule.Stv => $"single transferable vote, {options.Stv.Seats} seat(s)",
        Rule.SequentialPhragmen => $"sequential Phragmén, {options.SequentialPhragmen.Seats} seat(s)",
        Rule.GreedyBudget => $"greedy participatory budget of {options.GreedyBudget.Budget}",
        Rule.EqualShares => $"Method of Equal Shares, budget {options.EqualShares.Budget}",
        _ => "a method this delib does not know",
    };

    private static string TieBreak(TallyTieBreak tie) =>
        tie.Kind == TallyTieBreakKind.Lot ? $"a lot from seed \"{tie.Seed}\"" : $"priority {string.Join(" > ", tie.Priority)}";

    private static string Form(MarkForm form) => form switch
    {
        MarkForm.One => "one option (delib ballot mark BALLOT_ID KEY)",
        MarkForm.Approvals => "the options you approve (delib ballot mark BALLOT_ID KEY...)",
        MarkForm.Ranking => "options in order of preference, most preferred first (delib ballot mark BALLOT_ID KEY...)",
        _ => "a whole score for each option you score (delib ballot mark BALLOT_ID KEY=SCORE...)",
    };
}
