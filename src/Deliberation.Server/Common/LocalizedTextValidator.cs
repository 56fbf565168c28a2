using Deliberation.Api.V1;
using FluentValidation;

namespace Deliberation.Server.Common;

internal sealed class LocalizedTextValidator : AbstractValidator<LocalizedText>
{
    public LocalizedTextValidator(int maxLength, bool lineBreaks = true)
    {
        RuleFor(t => t.Texts).NotEmpty().WithMessage("must have a text in at least one language")
            .Must(texts => texts.Select(t => t.Language).Distinct(StringComparer.OrdinalIgnoreCase).Count() == texts.Count)
            .WithMessage("must have at most one text per language");
        RuleForEach(t => t.Texts).Cascade(CascadeMode.Continue).ChildRules(translation =>
        {
            translation.RuleFor(t => t.Language).IsLanguageTag();
            translation.RuleFor(t => t.Text).IsText(maxLength, lineBreaks);
        });
    }
}
