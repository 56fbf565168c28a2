using Deliberation.Api.V1;
using FluentValidation;
using FluentValidation.Results;
using Rule = Deliberation.Api.V1.TallyRequest.RuleOneofCase;

namespace Deliberation.Server.Tally;

/// <summary>The bounds of the Tally RPC (documented in tally.proto and docs/api.md).</summary>
internal static class TallyLimits
{
    public const int Ballots = 100_000;
    public const int Options = 200;
    public const int Projects = 1_000;
    public const int IdLength = 128;
    public const int Seats = 100;
    public const int SeedLength = 256;
    public const int GroupsPerBallot = 50;
    public const int GroupRequirements = 50;
    public const int EqualSharesSteps = 1_000;
    /// <summary>The largest request this RPC takes; the other RPCs keep gRPC's default of 4 MiB.</summary>
    public const int MessageBytes = 64 * 1024 * 1024;
    /// <summary>Ballot problems listed before the rest are only counted.</summary>
    public const int ListedBallotProblems = 100;
}

/// <summary>
/// The structure of a Tally request: one rule, the inputs that rule reads (and no others), counts within
/// the limits, well-formed decimals and known enum values. What only the count can tell (an unknown option,
/// a duplicate rank, a score out of range, a priority order that misses an option) the tally library
/// reports, and <see cref="TallyMapping"/> names it by its path in the request.
/// </summary>
internal sealed class TallyRequestValidator : AbstractValidator<TallyRequest>
{
    public TallyRequestValidator()
    {
        RuleFor(r => r.RuleCase).NotEqual(Rule.None).OverridePropertyName("rule")
            .WithMessage("is required: one of motion, multiple_majority, consent, plurality, approval, score, borda, " +
                         "instant_runoff, schulze, ranked_pairs, stv, sequential_phragmen, greedy_budget or equal_shares");
        When(r => r.RuleCase != Rule.None, () =>
        {
            RuleFor(r => r).Custom(CheckInputs);
            RuleFor(r => r.Motion).SetValidator(new MotionRuleValidator()).When(r => r.Motion is not null);
            RuleFor(r => r.MultipleMajority).ChildRules(mm =>
            {
                mm.RuleFor(m => m.Overall).NotNull().WithMessage("is required").SetValidator(new MotionRuleValidator());
                mm.RuleFor(m => m.Groups).NotEmpty().WithMessage("must list at least one group requirement")
                    .Must(g => g.Count <= TallyLimits.GroupRequirements).WithMessage($"must list at most {TallyLimits.GroupRequirements} group requirements");
                mm.RuleForEach(m => m.Groups).ChildRules(g =>
                {
                    g.RuleFor(x => x.Group).IsTallyId();
                    g.RuleFor(x => x.Rule).NotNull().WithMessage("is required").SetValidator(new MotionRuleValidator());
                    g.RuleFor(x => x.Electorate).SetValidator(new ElectorateValidator()).When(x => x.Electorate is not null);
                }).When(m => m.Groups.Count <= TallyLimits.GroupRequirements);
            }).When(r => r.MultipleMajority is not null);
            RuleFor(r => r.Consent).SetValidator(new ConsentRuleValidator()).When(r => r.Consent is not null);
            RuleFor(r => r.Score).SetValidator(new ScoreRuleValidator()).When(r => r.Score is not null);
            RuleFor(r => r.Schulze).SetValidator(new SchulzeRuleValidator()).When(r => r.Schulze is not null);
            RuleFor(r => r.RankedPairs).SetValidator(new RankedPairsRuleValidator()).When(r => r.RankedPairs is not null);
            RuleFor(r => r.Stv).SetValidator(new StvRuleValidator()).When(r => r.Stv is not null);
            RuleFor(r => r.SequentialPhragmen).SetValidator(new SequentialPhragmenRuleValidator()).When(r => r.SequentialPhragmen is not null);
            RuleFor(r => r.GreedyBudget).SetValidator(new GreedyBudgetRuleValidator()).When(r => r.GreedyBudget is not null);
            RuleFor(r => r.EqualShares).SetValidator(new EqualSharesRuleValidator()).When(r => r.EqualShares is not null);

            // Entries are checked only within the limits, so an oversized list is one violation, not millions.
            RuleForEach(r => r.Options).IsTallyId().When(r => r.Options.Count <= TallyLimits.Options);
            RuleForEach(r => r.Projects).ChildRules(p =>
            {
                p.RuleFor(x => x.Id).IsTallyId();
                p.RuleFor(x => x.Cost).IsDecimal(negativeAllowed: false, required: true);
            }).When(r => r.Projects.Count <= TallyLimits.Projects);
            RuleFor(r => r.TieBreak).SetValidator(new TieBreakValidator()).When(r => r.TieBreak is not null);
            RuleFor(r => r.Electorate).SetValidator(new ElectorateValidator()).When(r => r.Electorate is not null);
            RuleFor(r => r).Custom(CheckBallots);
        });
    }

    /// <summary>The rule's inputs are there, within their limits, and nothing the rule does not read is sent.</summary>
    private static void CheckInputs(TallyRequest r, ValidationContext<TallyRequest> context)
    {
        var shape = TallyShape.Of(r.RuleCase);
        var rule = TallyShape.RuleField(r.RuleCase);
        if (shape.Options)
        {
            if (r.Options.Count == 0) context.AddFailure("options", "must list at least one option");
            else if (r.Options.Count > TallyLimits.Options) context.AddFailure("options", $"must list at most {TallyLimits.Options} options");
        }
        else if (r.Options.Count > 0) context.AddFailure("options", $"is not read by the {rule} rule and must be empty");
        if (shape.Projects)
        {
            if (r.Projects.Count == 0) context.AddFailure("projects", "must list at least one project");
            else if (r.Projects.Count > TallyLimits.Projects) context.AddFailure("projects", $"must list at most {TallyLimits.Projects} projects");
        }
        else if (r.Projects.Count > 0) context.AddFailure("projects", $"is not read by the {rule} rule and must be empty");
        if (!shape.TieBreak && r.TieBreak is not null)
            context.AddFailure("tie_break", $"is not read by the {rule} rule, which has its own tie rule, and must be absent");
        if (!shape.Electorate && r.Electorate is not null)
            context.AddFailure("electorate", $"is not read by the {rule} rule and must be absent");

        var total = 0L;
        foreach (var (kind, count) in TallyShape.BallotCounts(r))
        {
            total += count;
            if (kind != shape.Ballots && count > 0)
                context.AddFailure(TallyShape.BallotsField(kind), $"is not read by the {rule} rule, which counts {TallyShape.BallotsField(shape.Ballots)}");
        }
        if (total > TallyLimits.Ballots)
            context.AddFailure(TallyShape.BallotsField(shape.Ballots), $"must hold at most {TallyLimits.Ballots:N0} ballots (send identical ballots once, with their count as the weight)");
    }

    /// <summary>
    /// Each ballot's weight, enum values and list sizes, in one pass (a request may carry 100,000 ballots),
    /// listing at most <see cref="TallyLimits.ListedBallotProblems"/> problems and counting the rest.
    /// </summary>
    private static void CheckBallots(TallyRequest r, ValidationContext<TallyRequest> context)
    {
        var shape = TallyShape.Of(r.RuleCase);
        if (TallyShape.BallotCounts(r).Sum(c => (long)c.Count) > TallyLimits.Ballots) return; // refused as a whole by CheckInputs
        var field = TallyShape.BallotsField(shape.Ballots);
        var entries = shape.Projects ? Math.Max(r.Projects.Count, 1) : Math.Max(r.Options.Count, 1);
        var listed = 0;
        var unlisted = 0;
        void Fail(int i, string member, string problem)
        {
            if (listed++ < TallyLimits.ListedBallotProblems) context.AddFailure($"{field}[{i}].{member}", problem);
            else unlisted++;
        }
        void Weight(int i, string weight)
        {
            if (weight.Length > 0 && TallyDecimals.Problem(weight, negativeAllowed: false) is { } problem) Fail(i, "weight", problem);
        }
        void Groups(int i, IReadOnlyList<string> groups)
        {
            if (groups.Count > TallyLimits.GroupsPerBallot) Fail(i, "groups", $"must list at most {TallyLimits.GroupsPerBallot} groups");
            else for (var g = 0; g < groups.Count; g++)
                if (TallyRules.IdProblem(groups[g]) is { } problem) Fail(i, $"groups[{g}]", problem);
        }
        void Size(int i, string member, int count)
        {
            if (count > entries) Fail(i, member, $"must list at most {entries} entries, one per {(shape.Projects ? "project" : "option")}");
        }

        switch (shape.Ballots)
        {
            case BallotKind.Motion:
                for (var i = 0; i < r.MotionBallots.Count; i++)
                {
                    var b = r.MotionBallots[i];
                    if (b.Choice is not (VoteChoice.Yes or VoteChoice.No or VoteChoice.Abstain)) Fail(i, "choice", "must be yes, no or abstain");
                    Weight(i, b.Weight);
                    Groups(i, b.Groups);
                }
                break;
            case BallotKind.Consent:
                for (var i = 0; i < r.ConsentBallots.Count; i++)
                {
                    var b = r.ConsentBallots[i];
                    if (b.Choice is not (TallyConsentChoice.Consent or TallyConsentChoice.StandAside or TallyConsentChoice.Block))
                        Fail(i, "choice", "must be consent, stand aside or block");
                    Weight(i, b.Weight);
                    Groups(i, b.Groups);
                }
                break;
            case BallotKind.Plurality:
                for (var i = 0; i < r.PluralityBallots.Count; i++) Weight(i, r.PluralityBallots[i].Weight);
                break;
            case BallotKind.Approval:
                for (var i = 0; i < r.ApprovalBallots.Count; i++)
                {
                    Size(i, "approved", r.ApprovalBallots[i].Approved.Count);
                    Weight(i, r.ApprovalBallots[i].Weight);
                }
                break;
            case BallotKind.Ranked:
                for (var i = 0; i < r.RankedBallots.Count; i++)
                {
                    Size(i, "ranking", r.RankedBallots[i].Ranking.Count);
                    Weight(i, r.RankedBallots[i].Weight);
                }
                break;
            case BallotKind.Score:
                for (var i = 0; i < r.ScoreBallots.Count; i++)
                {
                    var b = r.ScoreBallots[i];
                    Size(i, "scores", b.Scores.Count);
                    for (var s = 0; s < b.Scores.Count && s <= entries; s++)
                        if (TallyDecimals.Problem(b.Scores[s].Score, negativeAllowed: true) is { } problem) Fail(i, $"scores[{s}].score", problem);
                    Weight(i, b.Weight);
                }
                break;
        }
        if (unlisted > 0) context.AddFailure(field, $"{unlisted} further problems were not listed");
    }
}

internal sealed class MotionRuleValidator : AbstractValidator<TallyMotionRule>
{
    public MotionRuleValidator()
    {
        RuleFor(m => m.Threshold).NotNull().WithMessage("is required: more than or at least a share of the base").ChildRules(t =>
        {
            t.RuleFor(x => x.Share).NotNull().WithMessage("is required: a fraction such as 1/2 or 2/3");
            t.RuleFor(x => x.Comparison).Must(c => c is TallyThresholdComparison.MoreThan or TallyThresholdComparison.AtLeast)
                .WithMessage("must be more than or at least");
        });
        RuleFor(m => m.Base).Must(b => b != TallyMotionBase.Unspecified && Enum.IsDefined(b))
            .WithMessage("is required: votes cast, votes cast with abstentions, present or eligible");
        RuleFor(m => m.Quorum).SetValidator(new QuorumValidator()).When(m => m.Quorum is not null);
        RuleFor(m => m.Tie).ChildRules(t =>
        {
            t.RuleFor(x => x.Rule).Must(x => x != TallyMotionTieRule.Unspecified && Enum.IsDefined(x))
                .WithMessage("is required: fails, chair decides or lot");
            t.RuleFor(x => x.ChairVote).IsDefinedOrUnspecified();
            t.RuleFor(x => x.Seed).IsSeed().When(x => x.Rule == TallyMotionTieRule.Lot);
            t.RuleFor(x => x.Seed).Empty().WithMessage("is only read by a lot").When(x => x.Rule != TallyMotionTieRule.Lot);
        }).When(m => m.Tie is not null);
    }
}

internal sealed class ConsentRuleValidator : AbstractValidator<TallyConsentRule>
{
    public ConsentRuleValidator()
    {
        RuleFor(x => x.BlocksToStop).IsPositiveDecimal().When(x => x.BlocksToStop.Length > 0);
        RuleFor(x => x.BlocksFromOneGroupToStop).IsPositiveDecimal().When(x => x.BlocksFromOneGroupToStop.Length > 0);
        RuleFor(x => x.Groups).Must(g => g.Count <= TallyLimits.GroupRequirements)
            .WithMessage($"must list at most {TallyLimits.GroupRequirements} groups");
        RuleForEach(x => x.Groups).IsTallyId().When(x => x.Groups.Count <= TallyLimits.GroupRequirements);
        RuleFor(x => x.Quorum).SetValidator(new QuorumValidator()).When(x => x.Quorum is not null);
    }
}

internal sealed class QuorumValidator : AbstractValidator<TallyQuorum>
{
    public QuorumValidator()
    {
        RuleFor(q => q.Count).IsDecimal(negativeAllowed: false, required: false);
        RuleFor(q => q.Counts).IsDefinedOrUnspecified();
    }
}

internal sealed class ElectorateValidator : AbstractValidator<TallyElectorate>
{
    public ElectorateValidator()
    {
        RuleFor(e => e.Eligible).IsDecimal(negativeAllowed: false, required: true);
        RuleFor(e => e.Present).IsDecimal(negativeAllowed: false, required: false);
    }
}

internal sealed class TieBreakValidator : AbstractValidator<TallyTieBreak>
{
    public TieBreakValidator()
    {
        RuleFor(t => t.Kind).Must(k => k != TallyTieBreakKind.Unspecified && Enum.IsDefined(k))
            .WithMessage("is required: none, lot or priority");
        RuleFor(t => t.Seed).IsSeed().When(t => t.Kind == TallyTieBreakKind.Lot);
        RuleFor(t => t.Seed).Empty().WithMessage("is only read by a lot").When(t => t.Kind != TallyTieBreakKind.Lot);
        RuleFor(t => t.Priority).NotEmpty().WithMessage("must list every option once, preferred first")
            .Must(p => p.Count <= TallyLimits.Projects).WithMessage($"must list at most {TallyLimits.Projects} entries")
            .When(t => t.Kind == TallyTieBreakKind.Priority);
        RuleFor(t => t.Priority).Empty().WithMessage("is only read by a priority order").When(t => t.Kind != TallyTieBreakKind.Priority);
    }
}

/// <summary>Field rules of the Tally request.</summary>
internal static class TallyRules
{
    public static string? IdProblem(string id) =>
        id.Length == 0 ? "must not be empty"
        : id.Length > TallyLimits.IdLength ? $"must be at most {TallyLimits.IdLength} characters"
        : id.Any(char.IsControl) ? "must not contain control characters"
        : null;

    public static IRuleBuilderOptionsConditions<T, string> IsTallyId<T>(this IRuleBuilder<T, string> rule) =>
        rule.Custom((id, context) =>
        {
            if (IdProblem(id) is { } problem) context.AddFailure(problem);
        });

    public static IRuleBuilderOptionsConditions<T, string> IsDecimal<T>(this IRuleBuilder<T, string> rule, bool negativeAllowed, bool required) =>
        rule.Custom((text, context) =>
        {
            if (text.Length == 0)
            {
                if (required) context.AddFailure("is required: a decimal number such as 2 or 1500.50");
            }
            else if (TallyDecimals.Problem(text, negativeAllowed) is { } problem) context.AddFailure(problem);
        });

    public static IRuleBuilderOptionsConditions<T, string> IsPositiveDecimal<T>(this IRuleBuilder<T, string> rule) =>
        rule.Custom((text, context) =>
        {
            if (TallyDecimals.Problem(text, negativeAllowed: false) is { } problem) context.AddFailure(problem);
            else if (TallyDecimals.Parse(text) == 0) context.AddFailure("must be more than 0");
        });

    public static IRuleBuilderOptions<T, string> IsSeed<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("is required: the published seed of the lot")
            .MaximumLength(TallyLimits.SeedLength).WithMessage($"must be at most {TallyLimits.SeedLength} characters");

    /// <summary>An enum value the protos define; UNSPECIFIED stands for the documented default.</summary>
    public static IRuleBuilderOptions<T, TEnum> IsDefinedOrUnspecified<T, TEnum>(this IRuleBuilder<T, TEnum> rule) where TEnum : struct, Enum =>
        rule.Must(value => Enum.IsDefined(value)).WithMessage("must be one of the values the protos define");
}
