using Deliberation.Api.V1;
using Deliberation.Server.Common;
using Deliberation.Server.Tally;
using Deliberation.Tally.Elections;
using Model = Deliberation.Domain.Ballots.Options;
using Rule = Deliberation.Api.V1.BallotOptions.RuleOneofCase;

namespace Deliberation.Server.Ballots;

/// <summary>Options ballots between the API and the domain: the options and their rule, marks, and what was chosen.</summary>
internal static class BallotOptionsMapping
{
    /// <summary>A validated request's options; the rule's parameters are read as the Tally RPC reads them.</summary>
    public static Model.BallotOptions ToDomain(this BallotOptions options) => new(
        options.Options.Select(o => new Model.BallotOption(o.Key, o.Label.ToDomain(), o.Cost.Length > 0 ? TallyDecimals.Parse(o.Cost) : null)).ToList(),
        RuleOf(options) with { TieBreak = options.TieBreak is { } tieBreak ? TallyMapping.TieBreak(tieBreak) : null });

    private static Model.OptionsRule RuleOf(BallotOptions options) => options.RuleCase switch
    {
        Rule.Plurality => new(Model.OptionsMethod.Plurality),
        Rule.Approval => new(Model.OptionsMethod.Approval),
        Rule.Score => new(Model.OptionsMethod.Score) { ScoreMin = TallyDecimals.Parse(options.Score.Min), ScoreMax = TallyDecimals.Parse(options.Score.Max) },
        Rule.Borda => new(Model.OptionsMethod.Borda),
        Rule.InstantRunoff => new(Model.OptionsMethod.InstantRunoff),
        Rule.Schulze => new(Model.OptionsMethod.Schulze) { Strength = TallyMapping.Strength(options.Schulze.Strength) },
        Rule.RankedPairs => new(Model.OptionsMethod.RankedPairs) { Strength = TallyMapping.Strength(options.RankedPairs.Strength) },
        Rule.Stv => new(Model.OptionsMethod.Stv) { Seats = options.Stv.Seats, Quota = options.Stv.Quota == TallyQuota.Hare ? QuotaKind.Hare : QuotaKind.Droop },
        Rule.SequentialPhragmen => new(Model.OptionsMethod.SequentialPhragmen) { Seats = options.SequentialPhragmen.Seats },
        Rule.GreedyBudget => new(Model.OptionsMethod.GreedyBudget) { Budget = TallyDecimals.Parse(options.GreedyBudget.Budget) },
        Rule.EqualShares => new(Model.OptionsMethod.EqualShares)
        {
            Budget = TallyDecimals.Parse(options.EqualShares.Budget), EqualShares = TallyMapping.EqualSharesOf(options.EqualShares, tieBreak: null),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.RuleCase, "Validation requires a rule."),
    };

    /// <summary>The options as everyone sees them from the opening on; labels do not list missing languages (the ballot does not keep the session's).</summary>
    public static BallotOptions ToApi(this Model.BallotOptions options)
    {
        var rule = options.Rule;
        var api = new BallotOptions
        {
            Options = { options.Options.Select(o => new BallotOption { Key = o.Key, Label = o.Label.ToApi([]), Cost = TallyDecimals.Format(o.Cost) }) },
            TieBreak = TallyMapping.ToApi(rule.TieBreak),
            Form = rule.Form.ToApi(),
        };
        switch (rule.Method)
        {
            case Model.OptionsMethod.Plurality: api.Plurality = new(); break;
            case Model.OptionsMethod.Approval: api.Approval = new(); break;
            case Model.OptionsMethod.Score: api.Score = new() { Min = TallyDecimals.Format(rule.ScoreMin), Max = TallyDecimals.Format(rule.ScoreMax) }; break;
            case Model.OptionsMethod.Borda: api.Borda = new(); break;
            case Model.OptionsMethod.InstantRunoff: api.InstantRunoff = new(); break;
            case Model.OptionsMethod.Schulze: api.Schulze = new() { Strength = TallyMapping.Strength(rule.Strength) }; break;
            case Model.OptionsMethod.RankedPairs: api.RankedPairs = new() { Strength = TallyMapping.Strength(rule.Strength) }; break;
            case Model.OptionsMethod.Stv: api.Stv = new() { Seats = rule.Seats, Quota = rule.Quota == QuotaKind.Hare ? TallyQuota.Hare : TallyQuota.Droop }; break;
            case Model.OptionsMethod.SequentialPhragmen: api.SequentialPhragmen = new() { Seats = rule.Seats }; break;
            case Model.OptionsMethod.GreedyBudget: api.GreedyBudget = new() { Budget = TallyDecimals.Format(rule.Budget) }; break;
            case Model.OptionsMethod.EqualShares: api.EqualShares = TallyMapping.ToApi(rule.EqualShares, rule.Budget); break;
        }
        return api;
    }

    public static MarkForm ToApi(this Model.MarkForm form) => form switch
    {
        Model.MarkForm.One => MarkForm.One,
        Model.MarkForm.Approvals => MarkForm.Approvals,
        Model.MarkForm.Ranking => MarkForm.Ranking,
        _ => MarkForm.Scores,
    };

    public static Model.OptionMarks ToDomain(this BallotMarks marks) => new(marks.Options.ToList(), marks.Scores.Count > 0 ? marks.Scores.ToList() : null);

    public static BallotMarks ToApi(this Model.OptionMarks marks) => new() { Options = { marks.Options }, Scores = { marks.Scores ?? [] } };

    public static OptionsResult ToApi(this Model.OptionsResult result) => new()
    {
        Chosen = { result.Chosen },
        Decided = result.Decided,
        Explanation = result.Explanation,
        Measure = result.Measure,
        Totals = { TallyMapping.Totals(result.Totals) },
        Blank = result.Blank,
        Spent = TallyDecimals.Format(result.Spent),
        ByGroup =
        {
            result.ByGroup.Select(g => new OptionsGroupResult
            {
                Dimension = g.Dimension, Value = g.Value, Voted = g.Voted, Totals = { TallyMapping.Totals(g.Totals) }, Blank = g.Blank, Withheld = g.Withheld,
            }),
        },
    };
}
