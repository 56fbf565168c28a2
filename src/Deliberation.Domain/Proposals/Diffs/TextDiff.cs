using Deliberation.Domain.Proposals.Text;

namespace Deliberation.Domain.Proposals.Diffs;

public enum ParagraphChange
{
    Unchanged,
    Inserted,
    Deleted,
    Modified,
}

/// <summary>
/// One paragraph compared in one language. Paragraphs are matched by id, so a paragraph keeps its
/// identity however much its words change; <see cref="Moved"/> says its place among the others changed.
/// </summary>
public sealed record ParagraphDiff(string ParagraphId, ParagraphChange Change, bool Moved, IReadOnlyList<WordEdit> Words);

/// <summary>Two texts of a proposal compared in one language: the title and the paragraphs, in the newer text's order with deletions where they stood.</summary>
public sealed record TextDiff(string Language, IReadOnlyList<WordEdit> Title, IReadOnlyList<ParagraphDiff> Paragraphs)
{
    public static TextDiff Between(TrackedText titleBefore, IReadOnlyList<Paragraph> before, TrackedText titleAfter, IReadOnlyList<Paragraph> after, string language)
    {
        var old = before.Where(p => p.Text.In(language) is not null).ToList();
        var @new = after.Where(p => p.Text.In(language) is not null).ToList();
        var oldIds = old.Select(p => p.Id).ToList();
        var stayed = InPlace(@new.Select(p => oldIds.IndexOf(p.Id)).Where(i => i >= 0).ToList()).Select(i => oldIds[i]).ToHashSet();

        var result = new List<ParagraphDiff>();
        var pendingDeletes = new Queue<Paragraph>(old);
        foreach (var paragraph in @new)
        {
            // Deleted paragraphs appear where they stood: before the first kept paragraph that followed them.
            while (pendingDeletes.TryPeek(out var next) && next.Id != paragraph.Id && @new.All(p => p.Id != next.Id))
                result.Add(new ParagraphDiff(next.Id, ParagraphChange.Deleted, false, [new WordEdit(EditKind.Delete, pendingDeletes.Dequeue().Text.In(language)!)]));
            if (pendingDeletes.TryPeek(out var same) && same.Id == paragraph.Id) pendingDeletes.Dequeue();
            var earlier = old.FirstOrDefault(p => p.Id == paragraph.Id);
            var text = paragraph.Text.In(language)!;
            if (earlier is null) { result.Add(new ParagraphDiff(paragraph.Id, ParagraphChange.Inserted, false, [new WordEdit(EditKind.Insert, text)])); continue; }
            var words = WordDiff.Between(earlier.Text.In(language)!, text);
            var moved = !stayed.Contains(paragraph.Id);
            result.Add(new ParagraphDiff(paragraph.Id, words.All(w => w.Kind == EditKind.Equal) ? ParagraphChange.Unchanged : ParagraphChange.Modified, moved, words));
        }
        result.AddRange(pendingDeletes.Where(p => @new.All(n => n.Id != p.Id))
            .Select(p => new ParagraphDiff(p.Id, ParagraphChange.Deleted, false, [new WordEdit(EditKind.Delete, p.Text.In(language)!)])));
        return new TextDiff(language, WordDiff.Between(titleBefore.In(language) ?? "", titleAfter.In(language) ?? ""), result);
    }

    /// <summary>
    /// The old positions that keep their order: the longest increasing run of them. The paragraphs off
    /// it are the ones that moved (the fewest that explain the new order).
    /// </summary>
    private static IReadOnlyList<int> InPlace(IReadOnlyList<int> oldPositions)
    {
        var length = new int[oldPositions.Count];
        var previous = new int[oldPositions.Count];
        for (var i = 0; i < oldPositions.Count; i++)
        {
            (length[i], previous[i]) = (1, -1);
            for (var j = 0; j < i; j++)
                if (oldPositions[j] < oldPositions[i] && length[j] + 1 > length[i]) (length[i], previous[i]) = (length[j] + 1, j);
        }
        var result = new List<int>();
        for (var at = oldPositions.Count == 0 ? -1 : Array.LastIndexOf(length, length.Max()); at >= 0; at = previous[at]) result.Insert(0, oldPositions[at]);
        return result;
    }

    /// <summary>
    /// A plain rendering for terminals: one line per paragraph, marked ' ' unchanged, '~' changed,
    /// '+' inserted, '-' deleted, with changed words as [-old-]{+new+}.
    /// </summary>
    public string Unified()
    {
        var lines = new List<string> { $"--- {Language}", $"  title: {Inline(Title)}" };
        foreach (var paragraph in Paragraphs)
        {
            var mark = paragraph.Change switch
            {
                ParagraphChange.Inserted => '+',
                ParagraphChange.Deleted => '-',
                ParagraphChange.Modified => '~',
                _ => ' ',
            };
            lines.Add($"{mark} {paragraph.ParagraphId}{(paragraph.Moved ? " (moved)" : "")}: {(paragraph.Change is ParagraphChange.Inserted or ParagraphChange.Deleted ? paragraph.Words[0].Text : Inline(paragraph.Words))}");
        }
        return string.Join('\n', lines) + '\n';
    }

    private static string Inline(IReadOnlyList<WordEdit> words) => string.Concat(words.Select(w => w.Kind switch
    {
        EditKind.Insert => $"{{+{w.Text}+}}",
        EditKind.Delete => $"[-{w.Text}-]",
        _ => w.Text,
    }));
}
