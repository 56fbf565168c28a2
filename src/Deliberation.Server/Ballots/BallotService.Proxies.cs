using Deliberation.Api.V1;
using Deliberation.Domain.Access;
using Deliberation.Engine.Ballots.Proxies;
using Deliberation.Server.Access;
using Deliberation.Server.Common;
using Grpc.Core;
using Model = Deliberation.Domain.Ballots.Proxies;

namespace Deliberation.Server.Ballots;

internal sealed partial class BallotService
{
    public override async Task<ProxiesResponse> GrantProxy(GrantProxyRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        var member = await access.RequireAsync(context, sessionId, Permission.Vote);
        var command = new Model.GrantProxy(sessionId, member.Actor.ParticipantId!.Value, Ids.Of(request.HolderId),
            request.BallotId is { Length: > 0 } ballot ? Ids.Of(ballot) : null, member.Actor);
        await runner.RunAsync(request.KeyFor(nameof(GrantProxy), context), (store, now, ct) => ProxyHandlers.GrantAsync(store, command, now, ct), context.CancellationToken);
        return await ListAsync(sessionId, context);
    }

    public override async Task<ProxiesResponse> RevokeProxy(RevokeProxyRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        var member = await access.RequireAnyAsync(context, sessionId, Permission.Vote, Permission.Moderate);
        var own = member.Actor.ParticipantId;
        var grantor = request.GrantorId is { Length: > 0 } named ? Ids.Of(named) : own
            ?? throw new Domain.Common.InvalidInput("grantor_id", "is required when the operator revokes");
        if (grantor != own && !member.Moderates)
            throw new PermissionDenied(ErrorReason.RoleNotAllowed, "Only a moderator may revoke someone else's proxy.");
        var command = new Model.RevokeProxy(sessionId, grantor, request.BallotId is { Length: > 0 } ballot ? Ids.Of(ballot) : null, member.Actor);
        await runner.RunAsync(request.KeyFor(nameof(RevokeProxy), context), (store, now, ct) => ProxyHandlers.RevokeAsync(store, command, now, ct), context.CancellationToken);
        return await ListAsync(sessionId, context);
    }

    public override async Task<ProxiesResponse> ListProxies(ListProxiesRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        await access.RequireAsync(context, sessionId, Permission.View);
        return await ListAsync(sessionId, context);
    }

    private async Task<ProxiesResponse> ListAsync(Guid sessionId, ServerCallContext context)
    {
        var proxies = await ballots.ProxiesAsync(sessionId, context.CancellationToken);
        return new ProxiesResponse { Grants = { proxies.OrderBy(p => p.GrantorId).SelectMany(BallotMapping.ToApi) } };
    }
}
