using Deliberation.Api.V1;
using Deliberation.Engine.EventStore;
using Deliberation.Engine.Proposals.SubmitProposal;
using Deliberation.Engine.Requests;
using Deliberation.Server.Common;
using Grpc.Core;
using Model = Deliberation.Domain.Proposals;

namespace Deliberation.Server.Proposals;

internal sealed class ProposalService(CommandRunner runner, Reader reader) : Api.V1.ProposalService.ProposalServiceBase
{
    public override async Task<SubmitProposalResponse> SubmitProposal(SubmitProposalRequest request, ServerCallContext context)
    {
        var command = new Model.SubmitProposal.SubmitProposal(
            Guid.CreateVersion7(), Guid.Parse(request.SessionId), request.Title.ToDomain(), request.Body.ToDomain());
        var proposal = await runner.RunAsync(request.KeyFor(nameof(SubmitProposal)),
            (store, now, ct) => SubmitProposalHandler.HandleAsync(store, command, now, ct), context.CancellationToken);
        return new SubmitProposalResponse { Proposal = proposal.ToApi() };
    }

    public override async Task<GetProposalResponse> GetProposal(GetProposalRequest request, ServerCallContext context)
    {
        var proposal = await reader.GetAsync<Model.Proposal>(Guid.Parse(request.ProposalId), "proposal", context.CancellationToken);
        return new GetProposalResponse { Proposal = proposal.ToApi() };
    }
}
