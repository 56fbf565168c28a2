using Deliberation.Api.V1;
using Deliberation.Domain.Access;
using Deliberation.Server.Common;
using Grpc.Core;

namespace Deliberation.Server.Proposals;

internal sealed partial class ProposalService
{
    public override async Task<ProposalResponse> GetProposal(GetProposalRequest request, ServerCallContext context)
    {
        var (proposal, _) = await RequireProposalAsync(request.ProposalId, context, Permission.View);
        var shown = await VersionAsync(proposal, request.Version, "version", context);
        return new ProposalResponse { Proposal = shown.ToApi(await LanguagesOfAsync(proposal.SessionId, context), proposal.VersionNumber) };
    }

    public override async Task<ListProposalsResponse> ListProposals(ListProposalsRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        await access.RequireAsync(context, sessionId, Permission.View);
        var languages = await LanguagesOfAsync(sessionId, context);
        var proposals = await reader.ProposalsAsync(sessionId, context.CancellationToken);
        return new ListProposalsResponse { Proposals = { proposals.Select(p => p.ToApi(languages, p.VersionNumber)) } };
    }

    public override async Task<CompareVersionsResponse> CompareVersions(CompareVersionsRequest request, ServerCallContext context)
    {
        var (proposal, _) = await RequireProposalAsync(request.ProposalId, context, Permission.View);
        var from = await VersionAsync(proposal, request.FromVersion, "from_version", context);
        var to = await VersionAsync(proposal, request.ToVersion, "to_version", context);
        var languages = await LanguagesOfAsync(proposal.SessionId, context);
        return new CompareVersionsResponse { Diffs = { languages.Select(l => Domain.Proposals.Diffs.TextDiff.Between(from.Title, from.Paragraphs, to.Title, to.Paragraphs, l).ToApi()) } };
    }

    /// <summary>The proposal at a version (0: the current one), or INVALID_ARGUMENT naming the field.</summary>
    private async Task<Domain.Proposals.Proposal> VersionAsync(Domain.Proposals.Proposal current, int version, string field, ServerCallContext context)
    {
        if (version == 0 || version == current.VersionNumber) return current;
        if (version < 0 || version > current.VersionNumber)
            throw new Domain.Common.InvalidInput(field, $"must be a version of the proposal (1 to {current.VersionNumber})");
        return await reader.ProposalAtVersionAsync(current.Id, version, context.CancellationToken);
    }
}
