using ApiText = Deliberation.Api.V1.LocalizedText;
using ModelText = Deliberation.Domain.Common.LocalizedText;

namespace Deliberation.Server.Common;

internal static class LocalizedTextMapping
{
    /// <summary>Texts are stored in Unicode normal form C, so equal texts compare equal.</summary>
    public static ModelText ToDomain(this ApiText text) =>
        new(text.Texts.ToDictionary(t => t.Language, t => t.Text.Normalize()));

    /// <summary>The text, and which of the session's working languages it lacks.</summary>
    public static ApiText ToApi(this ModelText text, IReadOnlyList<string> workingLanguages) => new()
    {
        Texts = { text.Texts.Select(t => new Api.V1.Translation { Language = t.Key, Text = t.Value }) },
        MissingLanguages = { text.MissingFrom(workingLanguages) },
    };
}
