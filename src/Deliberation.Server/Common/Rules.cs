using System.Text.RegularExpressions;
using FluentValidation;

namespace Deliberation.Server.Common;

/// <summary>Field rules shared by the request validators.</summary>
internal static partial class Rules
{
    public static IRuleBuilderOptions<T, string> IsRequestId<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("is required: a client-chosen id for this request, such as a UUID")
            .MaximumLength(Limits.RequestIdLength).WithMessage($"must be at most {Limits.RequestIdLength} characters")
            .Matches(PrintableAscii()).WithMessage("must be printable ASCII without spaces");

    public static IRuleBuilderOptions<T, string> IsUuid<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(value => Guid.TryParse(value, out var id) && id != Guid.Empty).WithMessage("must be a UUID (not the nil UUID)");

    public static IRuleBuilderOptions<T, string> IsLanguageTag<T>(this IRuleBuilder<T, string> rule) =>
        rule.Matches(LanguageTag()).WithMessage("must be a BCP-47 language tag such as sq, sr-Latn, sr-Cyrl or en");

    /// <param name="lineBreaks">Whether line breaks and tabs are allowed: not in a paragraph or a title, which the structure already divides.</param>
    public static IRuleBuilderOptions<T, string> IsText<T>(this IRuleBuilder<T, string> rule, int maxLength, bool lineBreaks = true) =>
        rule.NotEmpty().WithMessage("must not be empty").IsOptionalText(maxLength, lineBreaks);

    /// <summary>The same, for a text that may be empty.</summary>
    public static IRuleBuilderOptions<T, string> IsOptionalText<T>(this IRuleBuilder<T, string> rule, int maxLength, bool lineBreaks = true) =>
        rule.MaximumLength(maxLength).WithMessage($"must be at most {maxLength} characters")
            .Must(text => !text.Any(c => char.IsControl(c) && !(lineBreaks && c is '\n' or '\r' or '\t')))
            .WithMessage(lineBreaks ? "must not contain control characters (line breaks and tabs are allowed)" : "must not contain control characters (line breaks and tabs included)");

    public static IRuleBuilderOptions<T, string> IsKey<T>(this IRuleBuilder<T, string> rule) =>
        rule.Matches(Key()).WithMessage($"must be 1-{Limits.KeyLength} characters of a-z, 0-9, '-' and '_'");

    /// <summary>An enum value the protos define, other than UNSPECIFIED.</summary>
    public static IRuleBuilderOptions<T, TEnum> IsKnown<T, TEnum>(this IRuleBuilder<T, TEnum> rule) where TEnum : struct, Enum =>
        rule.Must(value => Convert.ToInt32(value) != 0 && Enum.IsDefined(value)).WithMessage("is required: one of the values the protos define");

    [GeneratedRegex(@"^[a-z0-9_-]{1,64}$")]
    private static partial Regex Key();

    [GeneratedRegex(@"^[\x21-\x7E]+$")]
    private static partial Regex PrintableAscii();

    // Language, optional script, region or variants: the forms the engine's working languages take.
    [GeneratedRegex(@"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
