namespace Deliberation.Domain.Proposals.Text;

public enum TranslationState
{
    /// <summary>The authoritative language, which the others follow.</summary>
    Authoritative,

    /// <summary>Every part is written and follows the authoritative text's current version.</summary>
    Current,

    /// <summary>Some part was written before the authoritative text last changed.</summary>
    Outdated,

    /// <summary>Some parts have no text in this language (and none is outdated).</summary>
    Incomplete,

    /// <summary>No part has a text in this language.</summary>
    Missing,
}

/// <summary>A part ("title" or a paragraph id) that needs translating into a language, and since when (null: never written).</summary>
public sealed record TranslationNeed(string Part, int? OutdatedSince);

/// <summary>Where one working language stands against the authoritative one, and what needs translating.</summary>
public sealed record LanguageStatus(string Language, TranslationState State, int? OutdatedSince, IReadOnlyList<TranslationNeed> Needs)
{
    public const string TitlePart = "title";

    public static IReadOnlyList<LanguageStatus> Of(Proposal proposal, IReadOnlyList<string> languages)
    {
        var parts = proposal.Paragraphs.Select(p => (p.Id, p.Text)).Prepend((Id: TitlePart, Text: proposal.Title)).ToList();
        return languages.Select(language =>
        {
            var needs = parts
                .Where(p => p.Text.In(language) is null || p.Text.OutdatedSince.ContainsKey(language))
                .Select(p => new TranslationNeed(p.Id, p.Text.OutdatedSince.TryGetValue(language, out var since) ? since : null))
                .ToList();
            var outdatedSince = needs.Min(n => n.OutdatedSince);
            var state = language == proposal.AuthoritativeLanguage ? TranslationState.Authoritative
                : needs.Count == parts.Count && outdatedSince is null ? TranslationState.Missing
                : outdatedSince is not null ? TranslationState.Outdated
                : needs.Count > 0 ? TranslationState.Incomplete
                : TranslationState.Current;
            return new LanguageStatus(language, state, outdatedSince, needs);
        }).ToList();
    }
}
