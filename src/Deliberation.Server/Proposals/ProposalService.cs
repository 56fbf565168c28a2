using Deliberation.Engine.EventStore;
using Deliberation.Engine.Proposals;
using Deliberation.Engine.Requests;
using Deliberation.Server.Access;
using Grpc.Core;
using Model = Deliberation.Domain.Proposals;

namespace Deliberation.Server.Proposals;

/// <summary>Proposals and amendments: one file per group of RPCs (submission, amendments, reading).</summary>
internal sealed partial class ProposalService(CommandRunner runner, Reader reader, SessionAccess access) : Api.V1.ProposalService.ProposalServiceBase
{
    private delegate IReadOnlyList<object> Decision(Model.Proposal? proposal, Domain.Sessions.Session session, DateTimeOffset now);

    /// <summary>Runs a decision on the proposal's stream as the request (idempotent, retried on conflicts).</summary>
    private Task<Model.Proposal> RunAsync(Common.IMutatingRequest request, string rpc, Guid proposalId, ServerCallContext context, Decision decide) =>
        runner.RunAsync(Common.MutatingRequest.KeyFor(request, rpc, context),
            (store, now, ct) => ProposalHandler.HandleAsync(store, proposalId, (current, session) => decide(current, session, now), ct), context.CancellationToken);

    private async Task<Api.V1.ProposalResponse> RespondAsync(Model.Proposal proposal, ServerCallContext context) =>
        new() { Proposal = proposal.ToApi(await LanguagesOfAsync(proposal.SessionId, context), proposal.VersionNumber) };

    private async Task<IReadOnlyList<string>> LanguagesOfAsync(Guid sessionId, ServerCallContext context) =>
        (await reader.GetAsync<Domain.Sessions.Session>(sessionId, "session", context.CancellationToken)).Languages;

    /// <summary>The proposal an RPC names, if the caller may act on it with the permission.</summary>
    private Task<(Model.Proposal Proposal, Member Member)> RequireProposalAsync(string id, ServerCallContext context, params Domain.Access.Permission[] permissions) =>
        access.RequireOnAsync<Model.Proposal>(context, Common.Ids.Of(id), "proposal", p => p.SessionId, permissions);

    /// <summary>The proposal an amendment belongs to, found by the amendment's id, if the caller may act on it.</summary>
    private async Task<(Model.Proposal Proposal, Member Member)> RequireAmendmentAsync(string id, ServerCallContext context, params Domain.Access.Permission[] permissions)
    {
        var (location, member) = await access.RequireOnAsync<AmendmentLocation>(context, Common.Ids.Of(id), "amendment", l => l.SessionId, permissions);
        return (await reader.GetAsync<Model.Proposal>(location.ProposalId, "proposal", context.CancellationToken), member);
    }
}
