using Deliberation.Domain.Access;
using Deliberation.Domain.Proposals.Text;

namespace Deliberation.Domain.Proposals.Revision;

/// <summary>
/// A new version by the author: <see cref="Paragraphs"/> is the new order of the body, each with the
/// texts written in this revision (languages not written keep their text); paragraphs left out are deleted.
/// <see cref="Title"/> holds the title's texts written, if any.
/// </summary>
public sealed record ProposalRevised(
    Guid ProposalId, Guid SessionId, int Version, IReadOnlyDictionary<string, string> Title, IReadOnlyList<ParagraphText> Paragraphs,
    Actor By, DateTimeOffset At, string? PhaseOverride);
