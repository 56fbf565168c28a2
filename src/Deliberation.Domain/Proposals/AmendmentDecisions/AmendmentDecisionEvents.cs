using Deliberation.Domain.Access;

namespace Deliberation.Domain.Proposals.AmendmentDecisions;

/// <summary>
/// Accepted as friendly and merged: into the proposal as <see cref="Version"/>, or for a sub-amendment
/// into its parent (no version).
/// </summary>
public sealed record AmendmentAccepted(Guid ProposalId, Guid SessionId, Guid AmendmentId, int? Version, Actor By, DateTimeOffset At);

public sealed record AmendmentDeclined(Guid ProposalId, Guid SessionId, Guid AmendmentId, string? Reason, Actor By, DateTimeOffset At);

public sealed record AmendmentRuledOutOfOrder(Guid ProposalId, Guid SessionId, Guid AmendmentId, string Reason, Actor By, DateTimeOffset At);

public sealed record AmendmentWithdrawn(Guid ProposalId, Guid SessionId, Guid AmendmentId, Actor By, DateTimeOffset At);

/// <summary>A declined amendment is put to a ballot; the paragraphs it touches stay as they are until the ballot closes.</summary>
public sealed record AmendmentPutToVote(Guid ProposalId, Guid SessionId, Guid AmendmentId, Guid BallotId, Actor By, DateTimeOffset At);

/// <summary>The ballot adopted it, and it was merged as in <see cref="AmendmentAccepted"/>.</summary>
public sealed record AmendmentAdopted(Guid ProposalId, Guid SessionId, Guid AmendmentId, Guid BallotId, int? Version, DateTimeOffset At);

public sealed record AmendmentRejected(Guid ProposalId, Guid SessionId, Guid AmendmentId, Guid BallotId, DateTimeOffset At);
