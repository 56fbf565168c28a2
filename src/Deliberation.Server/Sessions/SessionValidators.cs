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
        RuleFor(r => r.Description).SetValidator(new LocalizedTextValidator(Limits.TextLength)).When(r => r.Description is not null);
        RuleFor(r => r.AuthoritativeLanguage).IsLanguageTag().When(r => r.AuthoritativeLanguage.Length > 0);
    }
}

internal sealed class GetSessionRequestValidator : AbstractValidator<GetSessionRequest>
{
    public GetSessionRequestValidator() => RuleFor(r => r.SessionId).IsUuid();
}

internal sealed class ChangeSessionStatusRequestValidator : AbstractValidator<ChangeSessionStatusRequest>
{
    public ChangeSessionStatusRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.Status).IsKnown();
    }
}

internal sealed class DefineGroupDimensionRequestValidator : AbstractValidator<DefineGroupDimensionRequest>
{
    public DefineGroupDimensionRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.Dimension).NotNull().WithMessage("is required").ChildRules(dimension =>
        {
            dimension.RuleFor(d => d.Key).IsKey();
            dimension.RuleFor(d => d.Name).NotNull().WithMessage("is required").SetValidator(new LocalizedTextValidator(Limits.TitleLength));
            dimension.RuleFor(d => d.Values).NotEmpty().WithMessage("must have at least one value")
                .Must(v => v.Count <= Limits.GroupValues).WithMessage($"must have at most {Limits.GroupValues} values")
                .Must(v => v.Select(x => x.Key).Distinct().Count() == v.Count).WithMessage("must not repeat a value");
            dimension.RuleForEach(d => d.Values).Cascade(CascadeMode.Continue).ChildRules(value =>
            {
                value.RuleFor(v => v.Key).IsKey().NotEqual(Domain.Sessions.Groups.GroupDimension.Undisclosed)
                    .WithMessage("must not be \"undisclosed\": every dimension has that value already");
                value.RuleFor(v => v.Label).NotNull().WithMessage("is required").SetValidator(new LocalizedTextValidator(Limits.TitleLength));
            });
        });
    }
}
