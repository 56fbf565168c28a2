using Deliberation.Tally;
using Deliberation.Tally.Budgeting;
using Deliberation.Tally.Choices;
using Deliberation.Tally.Elections;

namespace Deliberation.Domain.Ballots.Options;

/// <summary>
/// One paper of an options ballot as the tally counts it: the marks, what they weigh, and the voter's groups as they
/// were when the ballot opened. Papers counted in the room come as one line per marking of a batch: as many voters as the weight.
/// </summary>
public sealed record MarkedPaper(OptionMarks Marks, int Weight, IReadOnlyDictionary<string, string> Groups, int Voters = 1, bool InRoom = false)
{
    public static IEnumerable<MarkedPaper> Of(CountedBatches.BallotBatchRecorded batch) =>
        batch.Papers.Select(p => new MarkedPaper(p.Marks, p.Count, batch.Groups, p.Count, InRoom: true));
}

/// <summary>Counts an options ballot with the tally library under its rule, overall and per group value. Pure.</summary>
public static class OptionsTally
{
    /// <summary>The result; a rule the library cannot count throws its <see cref="TallyInputError"/>, naming the field.</summary>
    public static OptionsResult Count(BallotOptions ballot, IReadOnlyCollection<MarkedPaper> papers)
    {
        var keys = ballot.Keys;
        var rule = ballot.Rule;
        var marked = papers.Where(p => !p.Marks.IsBlank).ToList();
        var approvals = ApprovalsOf(marked);
        var rankings = RankingsOf(marked);
        var (chosen, decided, text, spent) = rule.Method switch
        {
            OptionsMethod.Plurality => Chosen(Plurality.Tally(keys, FirstsOf(marked), rule.TieBreak)),
            OptionsMethod.Approval => Chosen(Approval.Tally(keys, approvals, rule.TieBreak)),
            OptionsMethod.Score => Chosen(Score.Tally(keys, ScoresOf(marked), new ScoreRange(rule.ScoreMin, rule.ScoreMax), rule.TieBreak)),
            OptionsMethod.Borda => Chosen(Borda.Tally(keys, rankings, rule.TieBreak)),
            OptionsMethod.InstantRunoff => Chosen(InstantRunoff.Tally(keys, rankings, rule.TieBreak)),
            OptionsMethod.Schulze => Chosen(Schulze.Tally(keys, rankings, rule.Strength, rule.TieBreak)),
            OptionsMethod.RankedPairs => Chosen(RankedPairs.Tally(keys, rankings, rule.Strength, rule.TieBreak)),
            OptionsMethod.Stv => Elected(Stv.Tally(keys, rankings, new StvRule(rule.Seats, rule.Quota, rule.TieBreak))),
            OptionsMethod.SequentialPhragmen => Elected(SequentialPhragmen.Tally(keys, approvals, rule.Seats, rule.TieBreak)),
            OptionsMethod.GreedyBudget => Funded(Greedy.Tally(Projects(ballot), rule.Budget, approvals, rule.TieBreak)),
            OptionsMethod.EqualShares => Funded(EqualShares.Tally(Projects(ballot), rule.Budget, approvals, rule.EqualShares with { TieBreak = rule.TieBreak })),
            _ => throw new ArgumentOutOfRangeException(nameof(ballot), rule.Method, "Unknown counting method."),
        };
        // Counted after the method, whose own checks of the rule name the fields the opening refuses.
        var totals = Measure(ballot, marked);
        return new OptionsResult(chosen, decided, text, totals.Measure, totals.Totals) { Blank = BlankWeight(papers), Spent = spent };
    }

    /// <summary>
    /// What each group value's papers gave each option, in the measure of the overall totals, for every value of every
    /// dimension held by someone who voted. The method is not run again per value: a value's voters do not choose alone,
    /// and what the overall count chose is the result. On a secret ballot a value with one or two voters online shows
    /// none (they would tell those voters' marks; see <see cref="CloseBallot.BallotTally.Withholds"/>).
    /// </summary>
    public static IReadOnlyList<OptionsGroupTotals> ByGroup(BallotOptions ballot, BallotSecrecy secrecy, IReadOnlyCollection<MarkedPaper> papers) =>
        CloseBallot.GroupValues.Of(papers, p => p.Groups)
            .Select(g =>
            {
                var voted = g.Sum(p => p.Voters);
                if (CloseBallot.BallotTally.Withholds(secrecy, g.Where(p => !p.InRoom).Sum(p => p.Voters)))
                    return new OptionsGroupTotals(g.Key.Dimension, g.Key.Value, voted, [], 0, Withheld: true);
                var totals = Measure(ballot, g.Where(p => !p.Marks.IsBlank).ToList());
                return new OptionsGroupTotals(g.Key.Dimension, g.Key.Value, voted, totals.Totals, BlankWeight(g), Withheld: false);
            })
            .ToList();

    /// <summary>What the voters gave each option in the method's own measure: votes, approvals, points, or (ranked methods) first preferences.</summary>
    private static TotalsDetail Measure(BallotOptions ballot, IReadOnlyList<MarkedPaper> marked)
    {
        var keys = ballot.Keys;
        var rule = ballot.Rule;
        return rule.Method switch
        {
            OptionsMethod.Plurality => Plurality.Tally(keys, FirstsOf(marked)).Detail,
            OptionsMethod.Approval or OptionsMethod.SequentialPhragmen or OptionsMethod.GreedyBudget or OptionsMethod.EqualShares => Approvals(keys, ApprovalsOf(marked)),
            OptionsMethod.Score => Score.Tally(keys, ScoresOf(marked), new ScoreRange(rule.ScoreMin, rule.ScoreMax)).Detail,
            OptionsMethod.Borda => Borda.Tally(keys, RankingsOf(marked)).Detail,
            _ => FirstPreferences(keys, marked),
        };
    }

    private static (IReadOnlyList<string>, bool, string, decimal?) Chosen<T>(ChoiceResult<T> result) => (result.Winners, !result.IsTie, result.Text, null);

    private static (IReadOnlyList<string>, bool, string, decimal?) Elected<T>(ElectionResult<T> result) => (result.Elected, result.Complete, result.Text, null);

    private static (IReadOnlyList<string>, bool, string, decimal?) Funded<T>(BudgetResult<T> result) => (result.Funded, result.Complete, result.Text, result.Spent);

    /// <summary>What ranked ballots put first, as the library counts single marks.</summary>
    private static TotalsDetail FirstPreferences(IReadOnlyList<string> keys, IReadOnlyList<MarkedPaper> marked)
    {
        var counted = Plurality.Tally(keys, FirstsOf(marked)).Detail;
        return counted with { Measure = "first preferences" };
    }

    private static TotalsDetail Approvals(IReadOnlyList<string> keys, IReadOnlyList<ApprovalBallot> approvals) => Approval.Tally(keys, approvals).Detail;

    private static List<PluralityBallot> FirstsOf(IEnumerable<MarkedPaper> marked) => marked.Select(p => new PluralityBallot(p.Marks.Options[0], p.Weight)).ToList();

    private static List<ApprovalBallot> ApprovalsOf(IEnumerable<MarkedPaper> marked) => marked.Select(p => new ApprovalBallot(p.Marks.Options, p.Weight)).ToList();

    private static List<RankedBallot> RankingsOf(IEnumerable<MarkedPaper> marked) => marked.Select(p => new RankedBallot(p.Marks.Options, p.Weight)).ToList();

    private static List<ScoreBallot> ScoresOf(IEnumerable<MarkedPaper> marked) =>
        marked.Select(p => new ScoreBallot(p.Marks.Options.Select((o, i) => new OptionScore(o, p.Marks.Scores![i])).ToList(), p.Weight)).ToList();

    /// <summary>What the papers that mark no option weigh.</summary>
    private static int BlankWeight(IEnumerable<MarkedPaper> papers) => papers.Where(p => p.Marks.IsBlank).Sum(p => p.Weight);

    private static List<Project> Projects(BallotOptions ballot) => ballot.Options.Select(o => new Project(o.Key, o.Cost ?? 0m)).ToList();
}
