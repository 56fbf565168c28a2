namespace Deliberation.Engine.Proposals;

/// <summary>
/// Amendments live in their proposal's stream (one decision merges one and marks the others it puts
/// in conflict); this document lets an amendment be named by its own id alone.
/// </summary>
public sealed record AmendmentLocation(Guid Id, Guid ProposalId, Guid SessionId);
