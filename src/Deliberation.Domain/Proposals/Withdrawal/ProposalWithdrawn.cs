using Deliberation.Domain.Access;

namespace Deliberation.Domain.Proposals.Withdrawal;

public sealed record ProposalWithdrawn(Guid ProposalId, Guid SessionId, string? Reason, Actor By, DateTimeOffset At);
