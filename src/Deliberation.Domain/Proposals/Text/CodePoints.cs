using System.Text;

namespace Deliberation.Domain.Proposals.Text;

/// <summary>
/// Spans count Unicode scalar values, not UTF-16 units, so clients in any language agree on them
/// (a character outside the Basic Multilingual Plane is one position, not two).
/// </summary>
public static class CodePoints
{
    public static int Count(string text) => text.EnumerateRunes().Count();

    /// <summary>The text with the span [start, start + length) replaced (callers normalise the result: a replacement may begin with a combining mark).</summary>
    public static string Replace(string text, int start, int length, string replacement)
    {
        var (from, to) = (IndexOf(text, start), IndexOf(text, start + length));
        return string.Concat(text.AsSpan(0, from), replacement, text.AsSpan(to));
    }

    public static string Slice(string text, int start, int length)
    {
        var from = IndexOf(text, start);
        return text[from..IndexOf(text, start + length)];
    }

    private static int IndexOf(string text, int codePoint)
    {
        var index = 0;
        foreach (var rune in text.EnumerateRunes().Take(codePoint)) index += rune.Utf16SequenceLength;
        return index;
    }
}
