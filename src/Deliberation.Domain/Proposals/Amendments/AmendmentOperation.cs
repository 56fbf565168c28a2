namespace Deliberation.Domain.Proposals.Amendments;

public enum OperationKind
{
    /// <summary>Replace a paragraph's text in the languages given.</summary>
    ReplaceParagraph,

    /// <summary>Insert a new paragraph after the one named (or at the start, after none).</summary>
    InsertParagraph,

    /// <summary>Delete a paragraph in every language.</summary>
    DeleteParagraph,

    /// <summary>Replace a span of a paragraph's text in one language.</summary>
    ReplaceSpan,
}

/// <summary>
/// A stretch of a paragraph's text in one language: <see cref="Start"/> and <see cref="Length"/>
/// count Unicode scalar values (code points) of the stored, NFC-normalised text.
/// <see cref="Original"/> is the text the span covered when the amendment was made.
/// </summary>
public sealed record TextSpan(string Language, int Start, int Length, string Replacement, string Original);

/// <summary>
/// One change an amendment makes. <see cref="ParagraphId"/> names the paragraph changed, or for an
/// insertion the one it follows ("" for the start); <see cref="NewParagraphId"/> is the id the engine
/// gave an inserted paragraph.
/// </summary>
public sealed record AmendmentOperation(
    OperationKind Kind, string ParagraphId, IReadOnlyDictionary<string, string>? Texts = null,
    string? NewParagraphId = null, TextSpan? Span = null)
{
    public static AmendmentOperation Replace(string paragraphId, IReadOnlyDictionary<string, string> texts) =>
        new(OperationKind.ReplaceParagraph, paragraphId, texts);

    public static AmendmentOperation Insert(string afterParagraphId, IReadOnlyDictionary<string, string> texts) =>
        new(OperationKind.InsertParagraph, afterParagraphId, texts);

    public static AmendmentOperation Delete(string paragraphId) => new(OperationKind.DeleteParagraph, paragraphId);

    public static AmendmentOperation ReplaceSpan(string paragraphId, string language, int start, int length, string replacement) =>
        new(OperationKind.ReplaceSpan, paragraphId, Span: new TextSpan(language, start, length, replacement, ""));

    /// <summary>The languages of the target whose change since the amendment was made puts it in conflict (null: every language).</summary>
    public IReadOnlyCollection<string>? LanguagesTouched() => Kind switch
    {
        OperationKind.ReplaceParagraph => Texts!.Keys.ToList(),
        OperationKind.ReplaceSpan => [Span!.Language],
        OperationKind.InsertParagraph => [],
        _ => null,
    };

    public bool Equals(AmendmentOperation? other) =>
        other is not null && Kind == other.Kind && ParagraphId == other.ParagraphId && NewParagraphId == other.NewParagraphId &&
        Span == other.Span && SameTexts(Texts, other.Texts);

    public override int GetHashCode() => HashCode.Combine(Kind, ParagraphId, NewParagraphId, Span);

    private static bool SameTexts(IReadOnlyDictionary<string, string>? a, IReadOnlyDictionary<string, string>? b) =>
        a is null ? b is null : b is not null && a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var t) && t == e.Value);
}
