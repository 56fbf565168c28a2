using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.Amendments;

namespace Deliberation.Domain.Proposals.Amending;

/// <summary>An amendment (a sub-amendment when <see cref="ParentId"/> is set), its operations completed by the engine.</summary>
public sealed record AmendmentSubmitted(
    Guid ProposalId, Guid SessionId, Guid AmendmentId, int Number, Guid? ParentId, int BaseVersion, IReadOnlyList<AmendmentOperation> Operations,
    LocalizedText Rationale, Actor By, DateTimeOffset At, string? PhaseOverride);

/// <summary>The amender rewrote a (conflicting) amendment on a newer version.</summary>
public sealed record AmendmentRebased(
    Guid ProposalId, Guid SessionId, Guid AmendmentId, int BaseVersion, IReadOnlyList<AmendmentOperation> Operations, Actor By, DateTimeOffset At, string? PhaseOverride);

/// <summary>The paragraphs the amendment touches did not change, so it now applies to <see cref="ToVersion"/>.</summary>
public sealed record AmendmentCarriedForward(Guid ProposalId, Guid SessionId, Guid AmendmentId, int ToVersion);

/// <summary>Paragraphs the amendment touches changed under it at <see cref="AtVersion"/>; only a rebase clears this.</summary>
public sealed record AmendmentConflicted(Guid ProposalId, Guid SessionId, Guid AmendmentId, int AtVersion, IReadOnlyList<string> Paragraphs);
