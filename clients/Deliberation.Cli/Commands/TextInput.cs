using Deliberation.Api.V1;

namespace Deliberation.Cli.Commands;

/// <summary>
/// Proposal texts on the command line: one --body LANG=TEXT per language, paragraphs separated by a
/// blank line, each optionally opening with its id in brackets ("[p2] ...") to name an existing paragraph.
/// </summary>
internal static class TextInput
{
    public sealed record Paragraph(string? Id, Dictionary<string, string> Texts);

    public static IReadOnlyList<Paragraph> Paragraphs(string[] bodies)
    {
        var result = new List<Paragraph>();
        foreach (var (language, text) in bodies.Select(Split))
        {
            var newOnes = 0;
            foreach (var block in text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var (id, words) = block.StartsWith('[') && block.IndexOf(']') is > 1 and var end ? (block[1..end], block[(end + 1)..].Trim()) : ((string?)null, block);
                // Named paragraphs meet across languages by id, new ones by their order among the new.
                var paragraph = id is not null ? result.FirstOrDefault(p => p.Id == id) : result.Where(p => p.Id is null).ElementAtOrDefault(newOnes++);
                if (paragraph is null) result.Add(paragraph = new Paragraph(id, []));
                paragraph.Texts[language] = words;
            }
        }
        return result;
    }

    public static LocalizedText Localized(IEnumerable<KeyValuePair<string, string>> texts) =>
        new() { Texts = { texts.Select(t => new Translation { Language = t.Key, Text = t.Value }) } };

    /// <summary>LANG=TEXT into its two parts.</summary>
    public static (string Language, string Text) Split(string entry) =>
        entry.Split('=', 2) is [var language, var text] && language.Length > 0
            ? (language, text)
            : throw new InputError($"expected LANG=TEXT, such as \"en=Bilingual services\", not \"{entry}\"");

    /// <summary>ID:LANG=TEXT into its three parts.</summary>
    public static (string Id, string Language, string Text) SplitTargeted(string entry, string option)
    {
        var colon = entry.IndexOf(':');
        if (colon <= 0) throw new InputError($"{option} takes PARAGRAPH:LANG=TEXT, such as \"p2:en=...\", not \"{entry}\"");
        var (language, text) = Split(entry[(colon + 1)..]);
        return (entry[..colon], language, text);
    }
}
