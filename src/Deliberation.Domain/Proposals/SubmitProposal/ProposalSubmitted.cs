using Deliberation.Domain.Common;

namespace Deliberation.Domain.Proposals.SubmitProposal;

public sealed record ProposalSubmitted(Guid ProposalId, Guid SessionId, LocalizedText Title, LocalizedText Body, DateTimeOffset SubmittedAt);
