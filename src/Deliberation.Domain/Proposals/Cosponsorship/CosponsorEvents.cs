namespace Deliberation.Domain.Proposals.Cosponsorship;

public sealed record CosponsorJoined(Guid ProposalId, Guid SessionId, Guid ParticipantId, string? GroupValue, DateTimeOffset At);

public sealed record CosponsorLeft(Guid ProposalId, Guid SessionId, Guid ParticipantId, DateTimeOffset At);
