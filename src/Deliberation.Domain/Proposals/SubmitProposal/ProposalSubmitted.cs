using Deliberation.Domain.Access;
using Deliberation.Domain.Common;

namespace Deliberation.Domain.Proposals.SubmitProposal;

public sealed record ProposalSubmitted(Guid ProposalId, Guid SessionId, LocalizedText Title, LocalizedText Body, Actor By, DateTimeOffset SubmittedAt);
