using Deliberation.Domain.Access;

namespace Deliberation.Domain.Proposals.Withdrawal;

public sealed record ProposalWithdrawn(Guid ProposalId, string? Reason, Actor By, DateTimeOffset At);
