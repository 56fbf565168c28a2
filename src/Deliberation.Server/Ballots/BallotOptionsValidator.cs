using Deliberation.Api.V1;
using Deliberation.Server.Common;
using Deliberation.Server.Tally;
using FluentValidation;
using Rule = Deliberation.Api.V1.BallotOptions.RuleOneofCase;

namespace Deliberation.Server.Ballots;

/// <summary>
/// The shape of an options ballot: 2-200 options with keys and labels, a counting method with well-formed
/// parameters. What only the count can tell (a duplicate key, more seats than candidates, a priority order
/// that misses an option) the engine asks the tally library at opening, and names the field it concerns.
/// </summary>
internal sealed class BallotOptionsValidator : AbstractValidator<BallotOptions>
{
    public const int MinOptions = 2;

    public BallotOptionsValidator()
    {
        RuleFor(o => o.Options).Must(o => o.Count is >= MinOptions and <= Domain.Ballots.Options.BallotOptions.MaxOptions)
            .WithMessage($"must list from {MinOptions} to {Domain.Ballots.Options.BallotOptions.MaxOptions} options");
        RuleForEach(o => o.Options).ChildRules(option =>
        {
            option.RuleFor(x => x.Key).IsTallyId();
            option.RuleFor(x => x.Label).NotNull().WithMessage("is required").SetValidator(new LocalizedTextValidator(Limits.TitleLength, lineBreaks: false));
            option.RuleFor(x => x.Cost).IsDecimal(negativeAllowed: false, required: false);
        }).When(o => o.Options.Count <= Domain.Ballots.Options.BallotOptions.MaxOptions);
        RuleFor(o => o.RuleCase).NotEqual(Rule.None).OverridePropertyName("rule")
            .WithMessage("is required: one of plurality, approval, score, borda, instant_runoff, schulze, ranked_pairs, stv, " +
                         "sequential_phragmen, greedy_budget or equal_shares");
        RuleFor(o => o.Score).SetValidator(new ScoreRuleValidator()).When(o => o.Score is not null);
        RuleFor(o => o.Schulze).SetValidator(new SchulzeRuleValidator()).When(o => o.Schulze is not null);
        RuleFor(o => o.RankedPairs).SetValidator(new RankedPairsRuleValidator()).When(o => o.RankedPairs is not null);
        RuleFor(o => o.Stv).SetValidator(new StvRuleValidator()).When(o => o.Stv is not null);
        RuleFor(o => o.SequentialPhragmen).SetValidator(new SequentialPhragmenRuleValidator()).When(o => o.SequentialPhragmen is not null);
        RuleFor(o => o.GreedyBudget).SetValidator(new GreedyBudgetRuleValidator()).When(o => o.GreedyBudget is not null);
        RuleFor(o => o.EqualShares).SetValidator(new EqualSharesRuleValidator()).When(o => o.EqualShares is not null);
        RuleFor(o => o.TieBreak).SetValidator(new TieBreakValidator()).When(o => o.TieBreak is not null);
    }
}
