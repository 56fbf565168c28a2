using Deliberation.Domain.Common;

namespace Deliberation.Domain.Proposals.Text;

public static class TextChecks
{
    /// <summary>A problem for each language of <paramref name="texts"/> that the session does not work in.</summary>
    public static IEnumerable<FieldProblem> ForeignLanguages(IReadOnlyDictionary<string, string> texts, IReadOnlyList<string> languages, string field) =>
        texts.Keys.Where(l => !languages.Contains(l))
            .Select(l => new FieldProblem(field, $"is written in {l}, which is not a working language of the session ({string.Join(", ", languages)})"));
}
