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
        var keptInOldOrder = oldIds.Where(id => @new.Any(p => p.Id == id)).ToList();
        var keptInNewOrder = @new.Select(p => p.Id).Where(oldIds.Contains).ToList();

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
            var moved = keptInOldOrder.IndexOf(paragraph.Id) != keptInNewOrder.IndexOf(paragraph.Id);
            result.Add(new ParagraphDiff(paragraph.Id, words.All(w => w.Kind == EditKind.Equal) ? ParagraphChange.Unchanged : ParagraphChange.Modified, moved, words));
        }
        result.AddRange(pendingDeletes.Where(p => @new.All(n => n.Id != p.Id))
            .Select(p => new ParagraphDiff(p.Id, ParagraphChange.Deleted, false, [new WordEdit(EditKind.Delete, p.Text.In(language)!)])));
        return new TextDiff(language, WordDiff.Between(titleBefore.In(language) ?? "", titleAfter.In(language) ?? ""), result);
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
