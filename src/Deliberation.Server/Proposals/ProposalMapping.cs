using Deliberation.Server.Common;
using Model = Deliberation.Domain.Proposals;

namespace Deliberation.Server.Proposals;

internal static class ProposalMapping
{
    public static Api.V1.Proposal ToApi(this Model.Proposal proposal, IReadOnlyList<string> workingLanguages) => new()
    {
        ProposalId = proposal.Id.ToString(),
        SessionId = proposal.SessionId.ToString(),
        Title = proposal.Title.ToApi(workingLanguages),
        Body = proposal.Body.ToApi(workingLanguages),
        SubmittedAt = proposal.SubmittedAt.ToApi(),
        AuthorId = Ids.Text(proposal.Author.ParticipantId),
    };
}
