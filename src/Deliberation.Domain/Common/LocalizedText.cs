namespace Deliberation.Domain.Common;

/// <summary>
/// One text in several languages: at most one entry per BCP-47 language tag.
/// Which working languages are missing is a question for the session that owns the text.
/// </summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> Texts)
{
    public IEnumerable<string> Languages() => Texts.Keys;

    public IReadOnlyList<string> MissingFrom(IEnumerable<string> workingLanguages) =>
        workingLanguages.Where(language => !Texts.ContainsKey(language)).ToList();

    public static LocalizedText Of(params (string Language, string Text)[] entries) =>
        new(entries.ToDictionary(e => e.Language, e => e.Text));

    // Records compare dictionaries by reference; texts are equal when their entries are.
    public bool Equals(LocalizedText? other) =>
        other is not null && Texts.Count == other.Texts.Count &&
        Texts.All(e => other.Texts.TryGetValue(e.Key, out var text) && text == e.Value);

    public override int GetHashCode() =>
        Texts.OrderBy(e => e.Key, StringComparer.Ordinal)
             .Aggregate(0, (hash, e) => HashCode.Combine(hash, e.Key, e.Value));
}
