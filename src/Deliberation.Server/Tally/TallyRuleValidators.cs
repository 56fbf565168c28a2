using Deliberation.Api.V1;
using FluentValidation;

namespace Deliberation.Server.Tally;

// The parameters of the counting methods, as both the Tally RPC and an options ballot take them.

internal sealed class ScoreRuleValidator : AbstractValidator<TallyScoreRule>
{
    public ScoreRuleValidator()
    {
        RuleFor(x => x.Min).IsDecimal(negativeAllowed: true, required: true);
        RuleFor(x => x.Max).IsDecimal(negativeAllowed: true, required: true);
    }
}

internal sealed class SchulzeRuleValidator : AbstractValidator<TallySchulzeRule>
{
    public SchulzeRuleValidator() => RuleFor(x => x.Strength).IsDefinedOrUnspecified();
}

internal sealed class RankedPairsRuleValidator : AbstractValidator<TallyRankedPairsRule>
{
    public RankedPairsRuleValidator() => RuleFor(x => x.Strength).IsDefinedOrUnspecified();
}

internal sealed class StvRuleValidator : AbstractValidator<TallyStvRule>
{
    public StvRuleValidator()
    {
        RuleFor(x => x.Seats).InclusiveBetween(1, TallyLimits.Seats).WithMessage($"must be between 1 and {TallyLimits.Seats}");
        RuleFor(x => x.Quota).IsDefinedOrUnspecified();
    }
}

internal sealed class SequentialPhragmenRuleValidator : AbstractValidator<TallySequentialPhragmenRule>
{
    public SequentialPhragmenRuleValidator() =>
        RuleFor(x => x.Seats).InclusiveBetween(1, TallyLimits.Seats).WithMessage($"must be between 1 and {TallyLimits.Seats}");
}

internal sealed class GreedyBudgetRuleValidator : AbstractValidator<TallyGreedyBudgetRule>
{
    public GreedyBudgetRuleValidator() => RuleFor(x => x.Budget).IsDecimal(negativeAllowed: false, required: true);
}

internal sealed class EqualSharesRuleValidator : AbstractValidator<TallyEqualSharesRule>
{
    public EqualSharesRuleValidator()
    {
        RuleFor(x => x.Budget).IsDecimal(negativeAllowed: false, required: true);
        RuleFor(x => x.Utility).IsDefinedOrUnspecified();
        RuleFor(x => x.Completion).IsDefinedOrUnspecified();
        RuleFor(x => x.Step).IsPositiveDecimal().When(x => x.Step.Length > 0);
        RuleFor(x => x.MaxSteps).InclusiveBetween(0, TallyLimits.EqualSharesSteps)
            .WithMessage($"must be between 0 and {TallyLimits.EqualSharesSteps} (0: {TallyLimits.EqualSharesSteps})");
    }
}
