namespace Deliberation.Domain.Proposals.Cosponsorship;

public sealed record CosponsorJoined(Guid ProposalId, Guid ParticipantId, string? GroupValue, DateTimeOffset At);

public sealed record CosponsorLeft(Guid ProposalId, Guid ParticipantId, DateTimeOffset At);
