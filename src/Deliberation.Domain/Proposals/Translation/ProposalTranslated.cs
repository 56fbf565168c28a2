using Deliberation.Domain.Access;

namespace Deliberation.Domain.Proposals.Translation;

/// <summary>A new version that writes one language other than the authoritative one: the title and paragraphs given.</summary>
/// <see cref="WrittenOn"/> is the version the translator worked from: parts whose authoritative text changed since stay outdated.
public sealed record ProposalTranslated(
    Guid ProposalId, Guid SessionId, int Version, string Language, string? Title, IReadOnlyDictionary<string, string> Paragraphs, Actor By, DateTimeOffset At, int WrittenOn);
