using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.Text;

namespace Deliberation.Domain.Proposals.Amendments;

/// <summary>What amendment operations may change, and what they change: pure functions of a body and the operations.</summary>
public static class Operations
{
    /// <summary>
    /// Checks operations against the body they are written on and completes them: ids for inserted
    /// paragraphs (issued by <paramref name="issueId"/>), the original text of each span.
    /// Every problem is reported at once, named by its field.
    /// </summary>
    public static IReadOnlyList<AmendmentOperation> Prepare(
        IReadOnlyList<Paragraph> body, IReadOnlyList<AmendmentOperation> operations, IReadOnlyList<string> languages, Func<string> issueId)
    {
        var problems = new List<FieldProblem>();
        var prepared = new List<AmendmentOperation>();
        var touched = new HashSet<(string Paragraph, string? Language)>();
        var replaced = new HashSet<string>();
        var byId = body.ToDictionary(p => p.Id);
        for (var i = 0; i < operations.Count; i++)
        {
            var (operation, field) = (operations[i], FieldOf(operations[i], i));
            var exists = byId.TryGetValue(operation.ParagraphId, out var paragraph);
            if (operation.Kind == OperationKind.InsertParagraph ? operation.ParagraphId != "" && !exists : !exists)
            {
                problems.Add(new($"{field}.{(operation.Kind == OperationKind.InsertParagraph ? "after_paragraph_id" : "paragraph_id")}", $"names no paragraph of the text amended ('{operation.ParagraphId}')"));
                continue;
            }
            if (operation.Texts is { } texts) problems.AddRange(TextChecks.ForeignLanguages(texts, languages, $"{field}.text"));
            if (operation.Kind != OperationKind.InsertParagraph && !Claim(touched, operation, paragraph!))
                problems.Add(new(field, $"changes paragraph {operation.ParagraphId} again: an amendment makes one change per paragraph and language"));
            else if (operation.Kind == OperationKind.ReplaceParagraph && !replaced.Add(operation.ParagraphId))
                problems.Add(new(field, $"replaces paragraph {operation.ParagraphId} a second time: give all its languages in one replace_paragraph"));
            switch (operation.Kind)
            {
                case OperationKind.InsertParagraph:
                    prepared.Add(operation with { NewParagraphId = issueId() });
                    break;
                case OperationKind.ReplaceSpan:
                    if (SpanProblem(operation.Span!, paragraph!.Text.In(operation.Span!.Language), field) is { } problem)
                        problems.Add(problem);
                    else
                        prepared.Add(operation with { Span = Complete(operation.Span!, paragraph.Text.In(operation.Span.Language)!) });
                    break;
                default:
                    prepared.Add(operation);
                    break;
            }
        }
        var deleted = operations.Where(o => o.Kind == OperationKind.DeleteParagraph).Select(o => o.ParagraphId).ToHashSet();
        problems.AddRange(operations.Select((o, i) => (o, i)).Where(x => x.o.Kind == OperationKind.InsertParagraph && deleted.Contains(x.o.ParagraphId))
            .Select(x => new FieldProblem($"operations[{x.i}].insert_paragraph.after_paragraph_id", $"follows paragraph {x.o.ParagraphId}, which this amendment deletes")));
        var remaining = body.Count + operations.Count(o => o.Kind == OperationKind.InsertParagraph) - operations.Count(o => o.Kind == OperationKind.DeleteParagraph);
        if (remaining == 0) problems.Add(new("operations", "would leave the proposal without any paragraph"));
        if (remaining > ProposalLimits.Paragraphs) problems.Add(new("operations", $"would make the proposal longer than {ProposalLimits.Paragraphs} paragraphs"));
        InvalidInput.ThrowIfAny(problems);
        return prepared;
    }

    /// <summary>Checks a sub-amendment's operations against the texts its parent proposes, and completes its spans.</summary>
    public static IReadOnlyList<AmendmentOperation> PrepareOnAmendment(
        Amendment parent, IReadOnlyList<AmendmentOperation> operations, IReadOnlyList<string> languages)
    {
        var problems = new List<FieldProblem>();
        var prepared = new List<AmendmentOperation>();
        var touched = new HashSet<(string, string?)>();
        var proposed = parent.ProposedTexts();
        for (var i = 0; i < operations.Count; i++)
        {
            var (operation, field) = (operations[i], FieldOf(operations[i], i));
            if (operation.Kind is not (OperationKind.ReplaceParagraph or OperationKind.ReplaceSpan))
            {
                problems.Add(new(field, "a sub-amendment replaces text (a paragraph's or a span's) that its parent proposes"));
                continue;
            }
            if (!proposed.TryGetValue(operation.ParagraphId, out var texts))
            {
                problems.Add(new($"{field}.paragraph_id", $"names no paragraph that amendment {parent.Number} replaces or inserts ('{operation.ParagraphId}')"));
                continue;
            }
            if (operation.Texts is { } written) problems.AddRange(TextChecks.ForeignLanguages(written, languages, $"{field}.text"));
            var languagesTouched = operation.LanguagesTouched()!;
            if (languagesTouched.Any(l => !touched.Add((operation.ParagraphId, l))) || (operation.Kind == OperationKind.ReplaceParagraph && !touched.Add((operation.ParagraphId, null))))
                problems.Add(new(field, $"changes paragraph {operation.ParagraphId} again: an amendment makes one change per paragraph and language"));
            if (operation.Kind == OperationKind.ReplaceSpan)
            {
                var text = texts.GetValueOrDefault(operation.Span!.Language);
                if (SpanProblem(operation.Span, text, field) is { } problem) problems.Add(problem);
                else prepared.Add(operation with { Span = Complete(operation.Span, text!) });
            }
            else prepared.Add(operation);
        }
        InvalidInput.ThrowIfAny(problems);
        return prepared;
    }

    /// <summary>The body with the operations carried out, each written at <paramref name="version"/> by someone who read <paramref name="writtenOn"/>.</summary>
    public static IReadOnlyList<Paragraph> Apply(
        IReadOnlyList<Paragraph> body, IReadOnlyList<AmendmentOperation> operations, string authoritative, int version, int? writtenOn = null)
    {
        var result = body.ToList();
        var lastInsertedAfter = new Dictionary<string, string>();
        foreach (var operation in operations)
        {
            var index = result.FindIndex(p => p.Id == operation.ParagraphId);
            switch (operation.Kind)
            {
                case OperationKind.ReplaceParagraph:
                    result[index] = result[index] with { Text = result[index].Text.Write(operation.Texts!, authoritative, version, writtenOn) };
                    break;
                case OperationKind.ReplaceSpan:
                    var span = operation.Span!;
                    var replaced = CodePoints.Replace(result[index].Text.In(span.Language)!, span.Start, span.Length, span.Replacement).Normalize();
                    result[index] = result[index] with { Text = result[index].Text.Write(new Dictionary<string, string> { [span.Language] = replaced }, authoritative, version, confirms: false) };
                    break;
                case OperationKind.DeleteParagraph:
                    result.RemoveAt(index);
                    break;
                case OperationKind.InsertParagraph:
                    // Several insertions after one paragraph keep the order the amendment gives them.
                    var anchor = lastInsertedAfter.GetValueOrDefault(operation.ParagraphId, operation.ParagraphId);
                    var at = anchor == "" ? 0 : result.FindIndex(p => p.Id == anchor) + 1;
                    result.Insert(at, new Paragraph(operation.NewParagraphId!, TrackedText.Empty.Write(operation.Texts!, authoritative, version)));
                    lastInsertedAfter[operation.ParagraphId] = operation.NewParagraphId!;
                    break;
            }
        }
        return result;
    }

    /// <summary>A parent amendment's operations with a sub-amendment's changes carried into the texts they propose.</summary>
    public static IReadOnlyList<AmendmentOperation> ApplyToAmendment(IReadOnlyList<AmendmentOperation> parent, IReadOnlyList<AmendmentOperation> sub) =>
        parent.Select(operation =>
        {
            if (operation.Texts is null) return operation;
            var texts = new Dictionary<string, string>(operation.Texts);
            foreach (var change in sub.Where(s => s.ParagraphId == (operation.NewParagraphId ?? operation.ParagraphId)))
            {
                if (change.Kind == OperationKind.ReplaceParagraph)
                    foreach (var (language, text) in change.Texts!) texts[language] = text;
                else
                    texts[change.Span!.Language] = CodePoints.Replace(texts[change.Span.Language], change.Span.Start, change.Span.Length, change.Span.Replacement).Normalize();
            }
            return operation with { Texts = texts };
        }).ToList();

    /// <summary>
    /// The paragraphs that changed under the operations since <paramref name="baseVersion"/> (in a
    /// language they touch, or at all for a deletion), or that no longer exist.
    /// </summary>
    public static IReadOnlyList<string> Conflicts(IReadOnlyList<Paragraph> current, IReadOnlyList<AmendmentOperation> operations, int baseVersion)
    {
        var byId = current.ToDictionary(p => p.Id);
        return operations
            .Where(o => !(o.Kind == OperationKind.InsertParagraph && o.ParagraphId == ""))
            .Where(o => !byId.TryGetValue(o.ParagraphId, out var paragraph) ||
                        paragraph.Text.ChangedSince(baseVersion, o.LanguagesTouched() ?? paragraph.Text.Texts.Keys.ToList()))
            .Select(o => o.ParagraphId).Distinct().ToList();
    }

    private static bool Claim(HashSet<(string, string?)> touched, AmendmentOperation operation, Paragraph paragraph) =>
        operation.LanguagesTouched() is { } languages
            ? !touched.Contains((operation.ParagraphId, null)) && languages.All(l => touched.Add((operation.ParagraphId, l)))
            : !paragraph.Text.Texts.Keys.Any(l => touched.Contains((operation.ParagraphId, l))) && touched.Add((operation.ParagraphId, null));

    /// <summary>The operation's path in the request: operations[i] and the field of its kind, as the API names them.</summary>
    private static string FieldOf(AmendmentOperation operation, int index) => $"operations[{index}]." + operation.Kind switch
    {
        OperationKind.ReplaceParagraph => "replace_paragraph",
        OperationKind.InsertParagraph => "insert_paragraph",
        OperationKind.DeleteParagraph => "delete_paragraph",
        _ => "replace_span",
    };

    private static FieldProblem? SpanProblem(TextSpan span, string? text, string field)
    {
        if (text is null) return new($"{field}.language", $"the paragraph has no text in {span.Language}");
        var length = CodePoints.Count(text);
        if (span.Start < 0 || span.Start > length) return new($"{field}.start", $"must be within the text (0 to {length})");
        if (span.Length < 0 || span.Start + span.Length > length) return new($"{field}.length", $"runs past the end of the text ({length} characters from 0)");
        var after = length - span.Length + CodePoints.Count(span.Replacement);
        if (after == 0) return new($"{field}.replacement", "would leave the paragraph empty in this language (delete the paragraph instead)");
        if (after > ProposalLimits.ParagraphLength) return new($"{field}.replacement", $"would make the paragraph longer than {ProposalLimits.ParagraphLength} characters");
        return null;
    }

    private static TextSpan Complete(TextSpan span, string text) => span with { Original = CodePoints.Slice(text, span.Start, span.Length) };
}
