using Deliberation.Tally;
using Deliberation.Tally.Budgeting;
using Deliberation.Tally.Choices;
using Deliberation.Tally.Elections;

namespace Deliberation.Domain.Ballots.Options;

/// <summary>One paper of an options ballot as the tally counts it: the marks and what they weigh.</summary>
public sealed record MarkedPaper(OptionMarks Marks, int Weight);

/// <summary>Counts an options ballot with the tally library under its rule. Pure.</summary>
public static class OptionsTally
{
    /// <summary>The result; a rule the library cannot count throws its <see cref="TallyInputError"/>, naming the field.</summary>
    public static OptionsResult Count(BallotOptions ballot, IReadOnlyCollection<MarkedPaper> papers)
    {
        var keys = ballot.Keys;
        var rule = ballot.Rule;
        var marked = papers.Where(p => !p.Marks.IsBlank).ToList();
        var approvals = marked.Select(p => new ApprovalBallot(p.Marks.Options, p.Weight)).ToList();
        var rankings = marked.Select(p => new RankedBallot(p.Marks.Options, p.Weight)).ToList();
        var result = rule.Method switch
        {
            OptionsMethod.Plurality => Choice(Plurality.Tally(keys, marked.Select(p => new PluralityBallot(p.Marks.Options[0], p.Weight)).ToList(), rule.TieBreak)),
            OptionsMethod.Approval => Choice(Approval.Tally(keys, approvals, rule.TieBreak)),
            OptionsMethod.Score => Choice(Score.Tally(keys,
                marked.Select(p => new ScoreBallot(p.Marks.Options.Select((o, i) => new OptionScore(o, p.Marks.Scores![i])).ToList(), p.Weight)).ToList(),
                new ScoreRange(rule.ScoreMin, rule.ScoreMax), rule.TieBreak)),
            OptionsMethod.Borda => Choice(Borda.Tally(keys, rankings, rule.TieBreak)),
            OptionsMethod.InstantRunoff => Ranked(InstantRunoff.Tally(keys, rankings, rule.TieBreak), keys, marked),
            OptionsMethod.Schulze => Ranked(Schulze.Tally(keys, rankings, rule.Strength, rule.TieBreak), keys, marked),
            OptionsMethod.RankedPairs => Ranked(RankedPairs.Tally(keys, rankings, rule.Strength, rule.TieBreak), keys, marked),
            OptionsMethod.Stv => Elected(Stv.Tally(keys, rankings, new StvRule(rule.Seats, rule.Quota, rule.TieBreak)), FirstPreferences(keys, marked)),
            OptionsMethod.SequentialPhragmen => Elected(SequentialPhragmen.Tally(keys, approvals, rule.Seats, rule.TieBreak), Approvals(keys, approvals)),
            OptionsMethod.GreedyBudget => Funded(Greedy.Tally(Projects(ballot), rule.Budget, approvals, rule.TieBreak), keys, approvals),
            OptionsMethod.EqualShares => Funded(EqualShares.Tally(Projects(ballot), rule.Budget, approvals, rule.EqualShares with { TieBreak = rule.TieBreak }), keys, approvals),
            _ => throw new ArgumentOutOfRangeException(nameof(ballot), rule.Method, "Unknown counting method."),
        };
        return result with { Blank = papers.Where(p => p.Marks.IsBlank).Sum(p => p.Weight) };
    }

    private static OptionsResult Choice(ChoiceResult<TotalsDetail> result) =>
        new(result.Winners, !result.IsTie, result.Text, result.Detail.Measure, result.Detail.Totals);

    private static OptionsResult Ranked<T>(ChoiceResult<T> result, IReadOnlyList<string> keys, IReadOnlyList<MarkedPaper> marked)
    {
        var firsts = FirstPreferences(keys, marked);
        return new(result.Winners, !result.IsTie, result.Text, firsts.Measure, firsts.Totals);
    }

    private static OptionsResult Elected<T>(ElectionResult<T> result, TotalsDetail totals) =>
        new(result.Elected, result.Complete, result.Text, totals.Measure, totals.Totals);

    private static OptionsResult Funded<T>(BudgetResult<T> result, IReadOnlyList<string> keys, IReadOnlyList<ApprovalBallot> approvals)
    {
        var totals = Approvals(keys, approvals);
        return new(result.Funded, result.Complete, result.Text, totals.Measure, totals.Totals) { Spent = result.Spent };
    }

    /// <summary>What ranked ballots put first, as the library counts single marks.</summary>
    private static TotalsDetail FirstPreferences(IReadOnlyList<string> keys, IReadOnlyList<MarkedPaper> marked)
    {
        var counted = Plurality.Tally(keys, marked.Select(p => new PluralityBallot(p.Marks.Options[0], p.Weight)).ToList()).Detail;
        return counted with { Measure = "first preferences" };
    }

    private static TotalsDetail Approvals(IReadOnlyList<string> keys, IReadOnlyList<ApprovalBallot> approvals) => Approval.Tally(keys, approvals).Detail;

    private static List<Project> Projects(BallotOptions ballot) => ballot.Options.Select(o => new Project(o.Key, o.Cost ?? 0m)).ToList();
}
