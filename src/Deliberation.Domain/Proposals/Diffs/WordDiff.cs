using System.Text.RegularExpressions;

namespace Deliberation.Domain.Proposals.Diffs;

public enum EditKind
{
    Equal,
    Insert,
    Delete,
}

/// <summary>A run of words (with the spaces and punctuation between them) kept, inserted or deleted.</summary>
public sealed record WordEdit(EditKind Kind, string Text);

/// <summary>
/// Word-level differences: the longest common subsequence of word tokens, merged into runs. The table
/// grows with the product of the two texts' changed middles, so past <see cref="MaxCells"/> the middle
/// is shown as deleted and inserted whole: the answer stays right, only coarser.
/// </summary>
public static partial class WordDiff
{
    public const int MaxCells = 250_000;

    public static IReadOnlyList<WordEdit> Between(string before, string after)
    {
        var (a, b) = (Tokens(before), Tokens(after));
        // Common ends first: most edits are local, and this keeps the table small.
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;

        var edits = new List<WordEdit>();
        edits.AddRange(a.Take(prefix).Select(t => new WordEdit(EditKind.Equal, t)));
        edits.AddRange(Middle(a[prefix..(a.Length - suffix)], b[prefix..(b.Length - suffix)]));
        edits.AddRange(a.Skip(a.Length - suffix).Select(t => new WordEdit(EditKind.Equal, t)));
        return Runs(edits);
    }

    private static IEnumerable<WordEdit> Middle(string[] a, string[] b)
    {
        if ((long)a.Length * b.Length > MaxCells)
        {
            if (a.Length > 0) yield return new(EditKind.Delete, string.Concat(a));
            if (b.Length > 0) yield return new(EditKind.Insert, string.Concat(b));
            yield break;
        }
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        for (var j = b.Length - 1; j >= 0; j--)
            lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
        var (x, y) = (0, 0);
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { yield return new(EditKind.Equal, a[x]); x++; y++; }
            // On a tie the deletion comes first, so a replacement reads as old words, then new ones.
            else if (x < a.Length && (y == b.Length || lengths[x + 1, y] >= lengths[x, y + 1])) yield return new(EditKind.Delete, a[x++]);
            else yield return new(EditKind.Insert, b[y++]);
        }
    }

    /// <summary>Adjacent edits of one kind joined into one run.</summary>
    private static IReadOnlyList<WordEdit> Runs(IEnumerable<WordEdit> edits)
    {
        var runs = new List<WordEdit>();
        foreach (var edit in edits)
        {
            if (runs.Count > 0 && runs[^1].Kind == edit.Kind) runs[^1] = edit with { Text = runs[^1].Text + edit.Text };
            else runs.Add(edit);
        }
        return runs;
    }

    private static string[] Tokens(string text) => Token().Matches(text).Select(m => m.Value).ToArray();

    // A word, a run of spaces, or a single other character (punctuation; a surrogate pair is one character).
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+|\s+|[\uD800-\uDBFF][\uDC00-\uDFFF]|.", RegexOptions.Singleline)]
    private static partial Regex Token();
}
