using Deliberation.Api.V1;
using Deliberation.Server.Common;
using FluentValidation;

namespace Deliberation.Server.Proposals;

internal sealed class SubmitProposalRequestValidator : AbstractValidator<SubmitProposalRequest>
{
    public SubmitProposalRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.Title).NotNull().WithMessage("is required").SetValidator(new LocalizedTextValidator(Limits.TitleLength));
        RuleFor(r => r.Body).NotNull().WithMessage("is required").SetValidator(new LocalizedTextValidator(Limits.TextLength));
    }
}

internal sealed class GetProposalRequestValidator : AbstractValidator<GetProposalRequest>
{
    public GetProposalRequestValidator() => RuleFor(r => r.ProposalId).IsUuid();
}
