using Deliberation.Api.V1;
using Deliberation.Domain.Access;
using Deliberation.Engine.EventStore;
using Deliberation.Engine.Proposals.SubmitProposal;
using Deliberation.Engine.Requests;
using Deliberation.Server.Access;
using Deliberation.Server.Common;
using Grpc.Core;
using Model = Deliberation.Domain.Proposals;

namespace Deliberation.Server.Proposals;

internal sealed class ProposalService(CommandRunner runner, Reader reader, SessionAccess access) : Api.V1.ProposalService.ProposalServiceBase
{
    public override async Task<SubmitProposalResponse> SubmitProposal(SubmitProposalRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        var member = await access.RequireAsync(context, sessionId, Permission.Contribute);
        var command = new Model.SubmitProposal.SubmitProposal(Guid.CreateVersion7(), sessionId, request.Title.ToDomain(), request.Body.ToDomain(), member.Actor);
        var proposal = await runner.RunAsync(request.KeyFor(nameof(SubmitProposal), context),
            (store, now, ct) => SubmitProposalHandler.HandleAsync(store, command, now, ct), context.CancellationToken);
        return new SubmitProposalResponse { Proposal = proposal.ToApi(await LanguagesOfAsync(proposal, context)) };
    }

    public override async Task<GetProposalResponse> GetProposal(GetProposalRequest request, ServerCallContext context)
    {
        var (proposal, _) = await access.RequireOnAsync<Model.Proposal>(context, Ids.Of(request.ProposalId), "proposal", p => p.SessionId, Permission.View);
        return new GetProposalResponse { Proposal = proposal.ToApi(await LanguagesOfAsync(proposal, context)) };
    }

    private async Task<IReadOnlyList<string>> LanguagesOfAsync(Model.Proposal proposal, ServerCallContext context) =>
        (await reader.GetAsync<Domain.Sessions.Session>(proposal.SessionId, "session", context.CancellationToken)).Languages;
}
