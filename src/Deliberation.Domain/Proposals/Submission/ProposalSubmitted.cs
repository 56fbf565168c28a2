using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.Text;

namespace Deliberation.Domain.Proposals.Submission;

/// <summary>Version 1 of a proposal; its paragraphs carry the ids the engine gave them.</summary>
public sealed record ProposalSubmitted(
    Guid ProposalId, Guid SessionId, Guid? AgendaItemId, string AuthoritativeLanguage, LocalizedText Title,
    IReadOnlyList<ParagraphText> Paragraphs, AdmissionRule Admission, Actor By, DateTimeOffset At, string? PhaseOverride);

/// <summary>The proposal met its admission rule and is no longer a draft.</summary>
public sealed record ProposalAdmitted(Guid ProposalId, Guid SessionId, DateTimeOffset At);
