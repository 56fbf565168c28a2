using Deliberation.Api.V1;
using Deliberation.Server.Common;
using FluentValidation;

namespace Deliberation.Server.Participants;

internal sealed class CreateInvitationRequestValidator : AbstractValidator<CreateInvitationRequest>
{
    public CreateInvitationRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.Role).IsKnown();
        RuleFor(r => r.ValidForSeconds)
            .Must(s => s == 0 || s is >= Limits.InvitationMinSeconds and <= Limits.InvitationMaxSeconds)
            .WithMessage($"must be 0 (for {Limits.InvitationDefaultSeconds / 86400} days) or {Limits.InvitationMinSeconds} to {Limits.InvitationMaxSeconds} seconds");
        RuleForEach(r => r.Groups).Cascade(CascadeMode.Continue).ChildRules(group =>
        {
            group.RuleFor(g => g.Key).IsKey();
            group.RuleFor(g => g.Value).IsKey();
        });
    }
}

internal sealed class RevokeInvitationRequestValidator : AbstractValidator<RevokeInvitationRequest>
{
    public RevokeInvitationRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.InvitationId).IsUuid();
    }
}

internal sealed class ListParticipantsRequestValidator : AbstractValidator<ListParticipantsRequest>
{
    public ListParticipantsRequestValidator() => RuleFor(r => r.SessionId).IsUuid();
}

internal sealed class SetParticipantGroupRequestValidator : AbstractValidator<SetParticipantGroupRequest>
{
    public SetParticipantGroupRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.ParticipantId).IsUuid();
        RuleFor(r => r.Dimension).IsKey();
        RuleFor(r => r.Value).IsKey();
    }
}
