using System.CommandLine;
using Deliberation.Api.V1;

namespace Deliberation.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string> RequestId() => new("--request-id")
    {
        Description = "Id of this request; repeat a command with the same id to retry it safely (default: a new UUID)",
        DefaultValueFactory = _ => Guid.NewGuid().ToString(),
    };

    /// <summary>A text in several languages, given as LANG=TEXT once per language.</summary>
    public static Option<string[]> Texts(string name, string what) => new(name)
    {
        Description = $"The {what} in one language, as LANG=TEXT (e.g. \"sq=...\"); repeat for each language",
        Required = true,
        AllowMultipleArgumentsPerToken = false,
    };

    public static LocalizedText ToLocalizedText(string[] entries, string option) => new()
    {
        Texts =
        {
            entries.Select(entry => entry.Split('=', 2) is [var language, var text] && language.Length > 0
                ? new Translation { Language = language, Text = text }
                : throw new InputError($"{option} takes LANG=TEXT, such as \"en=Bilingual services\", not \"{entry}\"")),
        },
    };

    /// <summary>
    /// A token as one of an enum's values, by name in any case with dashes left out ("in-progress"), never its
    /// unspecified zero nor one of <paramref name="excluded"/>; otherwise the parse error "A {what} is {allowed}, not '...'".
    /// </summary>
    public static T OneOf<T>(System.CommandLine.Parsing.ArgumentResult result, string what, string allowed, params T[] excluded) where T : struct, Enum
    {
        var token = result.Tokens[0].Value;
        if (Enum.TryParse<T>(token.Replace("-", ""), ignoreCase: true, out var value) && !value.Equals(default(T)) && !excluded.Contains(value)) return value;
        result.AddError($"A {what} is {allowed}, not '{token}'.");
        return default;
    }

    public static Argument<string> Id(string name, string what) => new(name) { Description = $"The {what}'s id" };
}
