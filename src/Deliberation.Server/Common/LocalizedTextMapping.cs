using ApiText = Deliberation.Api.V1.LocalizedText;
using ModelText = Deliberation.Domain.Common.LocalizedText;

namespace Deliberation.Server.Common;

internal static class LocalizedTextMapping
{
    /// <summary>Texts are stored in Unicode normal form C, so equal texts compare equal.</summary>
    public static ModelText ToDomain(this ApiText text) =>
        new(text.Texts.ToDictionary(t => t.Language, t => t.Text.Normalize()));

    public static ApiText ToApi(this ModelText text) => new()
    {
        Texts = { text.Texts.Select(t => new Api.V1.Translation { Language = t.Key, Text = t.Value }) },
    };
}
