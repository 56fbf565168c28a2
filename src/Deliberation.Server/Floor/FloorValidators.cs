using Deliberation.Api.V1;
using Deliberation.Server.Common;
using FluentValidation;

namespace Deliberation.Server.Floor;

internal sealed class SetFloorRulesRequestValidator : AbstractValidator<SetFloorRulesRequest>
{
    public SetFloorRulesRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.Rules).NotNull().WithMessage("is required").ChildRules(rules =>
        {
            rules.RuleFor(r => r.RoundId).IsUuid();
            rules.RuleFor(r => r.Balance).IsKnown();
            rules.RuleFor(r => r.Dimension).IsKey().When(r => r.Balance == BalanceKind.Alternate);
            rules.RuleFor(r => r.SpeechSeconds).InclusiveBetween(0, Limits.TurnSeconds).WithMessage($"must be 0 to {Limits.TurnSeconds} seconds");
            rules.RuleFor(r => r.PanelistSeconds).InclusiveBetween(0, Limits.TurnSeconds).WithMessage($"must be 0 to {Limits.TurnSeconds} seconds");
            rules.RuleFor(r => r.PointOfOrderSeconds).InclusiveBetween(0, Limits.TurnSeconds).WithMessage($"must be 0 to {Limits.TurnSeconds} seconds");
            rules.RuleFor(r => r.PanelSlots).Must(s => s.Count <= Limits.PanelSlots).WithMessage($"must have at most {Limits.PanelSlots} slots")
                .Must(s => s.Select(id => Guid.TryParse(id, out var g) ? g.ToString() : id).Distinct().Count() == s.Count).WithMessage("must not name a panelist twice");
            rules.RuleForEach(r => r.PanelSlots).Cascade(CascadeMode.Continue).IsUuid();
        });
    }
}

internal sealed class SetStatementAttributionRequestValidator : AbstractValidator<SetStatementAttributionRequest>
{
    public SetStatementAttributionRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.Attribution).IsKnown();
    }
}

internal sealed class RequestFloorRequestValidator : AbstractValidator<RequestFloorRequest>
{
    public RequestFloorRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.Kind).IsKnown();
        RuleFor(r => r.ToPanelist).IsUuid().When(r => r.ToPanelist.Length > 0);
        RuleFor(r => r.ToPanelist).NotEmpty().WithMessage("is required for a question").When(r => r.Kind == RequestKind.Question);
    }
}

internal sealed class WithdrawFloorRequestRequestValidator : AbstractValidator<WithdrawFloorRequestRequest>
{
    public WithdrawFloorRequestRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.FloorRequestId).IsUuid();
    }
}

internal sealed class ManageFloorRequestRequestValidator : AbstractValidator<ManageFloorRequestRequest>
{
    public ManageFloorRequestRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.FloorRequestId).IsUuid();
        RuleFor(r => r.Change).IsKnown();
        RuleFor(r => r.Position).GreaterThanOrEqualTo(0).WithMessage("must be 0 (first) or more");
    }
}

internal sealed class GiveFloorRequestValidator : AbstractValidator<GiveFloorRequest>
{
    public GiveFloorRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.FloorRequestId).IsUuid().When(r => r.FloorRequestId.Length > 0);
    }
}

internal sealed class ChangeTurnRequestValidator : AbstractValidator<ChangeTurnRequest>
{
    public ChangeTurnRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.Action).IsKnown();
    }
}

internal sealed class RecordStatementRequestValidator : AbstractValidator<RecordStatementRequest>
{
    public RecordStatementRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.TurnId).IsUuid();
        RuleFor(r => r.Text).NotNull().WithMessage("is required").SetValidator(new LocalizedTextValidator(Limits.TextLength));
    }
}

internal sealed class GetFloorRequestValidator : AbstractValidator<GetFloorRequest>
{
    public GetFloorRequestValidator() => RuleFor(r => r.SessionId).IsUuid();
}

internal sealed class GetFloorStatisticsRequestValidator : AbstractValidator<GetFloorStatisticsRequest>
{
    public GetFloorStatisticsRequestValidator()
    {
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.RoundId).IsUuid().When(r => r.RoundId.Length > 0);
    }
}
