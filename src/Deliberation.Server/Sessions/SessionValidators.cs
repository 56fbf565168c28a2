using Deliberation.Api.V1;
using Deliberation.Server.Common;
using FluentValidation;

namespace Deliberation.Server.Sessions;

internal sealed class CreateSessionRequestValidator : AbstractValidator<CreateSessionRequest>
{
    public CreateSessionRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.Title).NotNull().WithMessage("is required").SetValidator(new LocalizedTextValidator(Limits.TitleLength));
        RuleFor(r => r.Languages).NotEmpty().WithMessage("must name at least one working language")
            .Must(l => l.Count <= Limits.Languages).WithMessage($"must name at most {Limits.Languages} languages")
            .Must(l => l.Distinct(StringComparer.OrdinalIgnoreCase).Count() == l.Count).WithMessage("must not repeat a language");
        RuleForEach(r => r.Languages).Cascade(CascadeMode.Continue).IsLanguageTag();
    }
}

internal sealed class GetSessionRequestValidator : AbstractValidator<GetSessionRequest>
{
    public GetSessionRequestValidator() => RuleFor(r => r.SessionId).IsUuid();
}
