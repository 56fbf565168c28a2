using Deliberation.Api.V1;
using Deliberation.Server.Common;
using FluentValidation;

namespace Deliberation.Server.Agenda;

internal sealed class AddAgendaItemRequestValidator : AbstractValidator<AddAgendaItemRequest>
{
    public AddAgendaItemRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.Title).NotNull().WithMessage("is required").SetValidator(new LocalizedTextValidator(Limits.TitleLength));
        RuleFor(r => r.DurationMinutes).InclusiveBetween(0, Limits.AgendaItemMinutes).WithMessage($"must be 0 to {Limits.AgendaItemMinutes} minutes");
        RuleFor(r => r.Track).MaximumLength(Limits.TrackLength).WithMessage($"must be at most {Limits.TrackLength} characters");
    }
}

internal sealed class MoveAgendaItemRequestValidator : AbstractValidator<MoveAgendaItemRequest>
{
    public MoveAgendaItemRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.AgendaItemId).IsUuid();
        RuleFor(r => r.Position).GreaterThanOrEqualTo(0).WithMessage("must be 0 (first) or more");
    }
}

internal sealed class OpenRoundRequestValidator : AbstractValidator<OpenRoundRequest>
{
    public OpenRoundRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.AgendaItemId).IsUuid();
        RuleForEach(r => r.Phases).Cascade(CascadeMode.Continue).ChildRules(plan =>
        {
            plan.RuleFor(p => p.Phase).IsKnown();
            plan.RuleFor(p => p.DurationSeconds).InclusiveBetween(0, Limits.PhaseSeconds).WithMessage($"must be 0 to {Limits.PhaseSeconds} seconds");
        });
    }
}

internal sealed class AdvancePhaseRequestValidator : AbstractValidator<AdvancePhaseRequest>
{
    public AdvancePhaseRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.RoundId).IsUuid();
        RuleFor(r => r.FromPhase).Must(p => Enum.IsDefined(p)).WithMessage("must be a phase the protos define");
    }
}

internal sealed class RoundRequestValidator : AbstractValidator<RoundRequest>
{
    public RoundRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.RoundId).IsUuid();
    }
}
