namespace Deliberation.Domain.Proposals.Text;

/// <summary>
/// A text in several languages that remembers, per language, the version that last changed it and
/// since when it lags behind the authoritative language. The first decides whether an amendment
/// still applies; the second is the translation status.
/// </summary>
public sealed record TrackedText(
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyDictionary<string, int> ChangedAt,
    IReadOnlyDictionary<string, int> OutdatedSince)
{
    public static readonly TrackedText Empty = new(new Dictionary<string, string>(), new Dictionary<string, int>(), new Dictionary<string, int>());

    public string? In(string language) => Texts.GetValueOrDefault(language);

    /// <summary>
    /// The text after the given languages were written at <paramref name="version"/>. A written
    /// language is current from then on (whether or not its words changed: writing it confirms it),
    /// unless it was written on a version older than the authoritative text's last change; a change to
    /// the authoritative text leaves every language not written with it outdated.
    /// </summary>
    /// <param name="writtenOn">The version the writer read (default: <paramref name="version"/>'s own predecessor, the current text).</param>
    /// <param name="confirms">Whether writing confirms a language as a translation: a whole text does, a span replaced in it does not.</param>
    public TrackedText Write(IReadOnlyDictionary<string, string> written, string authoritative, int version, int? writtenOn = null, bool confirms = true)
    {
        var texts = new Dictionary<string, string>(Texts);
        var changedAt = new Dictionary<string, int>(ChangedAt);
        var outdated = new Dictionary<string, int>(OutdatedSince);
        var authoritativeChanged = ChangedAt.GetValueOrDefault(authoritative);
        foreach (var (language, text) in written)
        {
            if (texts.GetValueOrDefault(language) != text) changedAt[language] = version;
            texts[language] = text;
            if (!confirms || language == authoritative) continue;
            if (!written.ContainsKey(authoritative) && writtenOn is { } read && authoritativeChanged > read) outdated.TryAdd(language, authoritativeChanged);
            else outdated.Remove(language);
        }
        if (written.TryGetValue(authoritative, out var authoritativeText) && Texts.GetValueOrDefault(authoritative) != authoritativeText)
        {
            foreach (var language in texts.Keys.Where(l => l != authoritative && !written.ContainsKey(l)))
                outdated.TryAdd(language, version);
        }
        return new TrackedText(texts, changedAt, outdated);
    }

    /// <summary>Whether any of the languages changed after <paramref name="version"/>.</summary>
    public bool ChangedSince(int version, IEnumerable<string> languages) =>
        languages.Any(l => ChangedAt.GetValueOrDefault(l) > version);

    // Records compare dictionaries by reference; tracked texts are equal when their entries are.
    public bool Equals(TrackedText? other) =>
        other is not null && Same(Texts, other.Texts) && Same(ChangedAt, other.ChangedAt) && Same(OutdatedSince, other.OutdatedSince);

    public override int GetHashCode() => HashCode.Combine(Texts.Count, ChangedAt.Count, OutdatedSince.Count);

    private static bool Same<T>(IReadOnlyDictionary<string, T> a, IReadOnlyDictionary<string, T> b) =>
        a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var value) && EqualityComparer<T>.Default.Equals(value, e.Value));
}
