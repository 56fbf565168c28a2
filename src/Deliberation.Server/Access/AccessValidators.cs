using Deliberation.Api.V1;
using Deliberation.Server.Common;
using FluentValidation;

namespace Deliberation.Server.Access;

internal sealed class SignInOperatorRequestValidator : AbstractValidator<SignInOperatorRequest>
{
    public SignInOperatorRequestValidator() => RuleFor(r => r.Credential).NotEmpty().WithMessage("is required");
}

internal sealed class JoinSessionRequestValidator : AbstractValidator<JoinSessionRequest>
{
    public JoinSessionRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.JoinCode).NotEmpty().WithMessage("is required").MaximumLength(64).WithMessage("must be at most 64 characters");
        RuleFor(r => r.Name).IsText(Limits.NameLength).Must(n => n.Trim().Length > 0).WithMessage("must not be blank");
    }
}
