using Deliberation.Domain.Access;

namespace Deliberation.Domain.Proposals.Translation;

/// <summary>A new version that writes one language other than the authoritative one: the title and paragraphs given.</summary>
public sealed record ProposalTranslated(
    Guid ProposalId, int Version, string Language, string? Title, IReadOnlyDictionary<string, string> Paragraphs, Actor By, DateTimeOffset At);
