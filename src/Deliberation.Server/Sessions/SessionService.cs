using Deliberation.Api.V1;
using Deliberation.Domain.Access;
using Deliberation.Domain.Sessions.Groups;
using Deliberation.Domain.Sessions.Lifecycle;
using Deliberation.Engine.EventStore;
using Deliberation.Engine.Requests;
using Deliberation.Engine.Sessions;
using Deliberation.Engine.Sessions.CreateSession;
using Deliberation.Server.Access;
using Deliberation.Server.Common;
using Grpc.Core;
using Model = Deliberation.Domain.Sessions;

namespace Deliberation.Server.Sessions;

internal sealed class SessionService(CommandRunner runner, Reader reader, SessionAccess access) : Api.V1.SessionService.SessionServiceBase
{
    public override async Task<CreateSessionResponse> CreateSession(CreateSessionRequest request, ServerCallContext context)
    {
        SessionAccess.RequireOperator(context);
        var command = new Model.CreateSession.CreateSession(
            Guid.CreateVersion7(), request.Title.ToDomain(), request.Description?.ToDomain(), request.Languages.ToList(),
            request.AuthoritativeLanguage is { Length: > 0 } authoritative ? authoritative : request.Languages[0], Actor.Operator);
        var session = await runner.RunAsync(request.KeyFor(nameof(CreateSession), context),
            (store, now, ct) => CreateSessionHandler.HandleAsync(store, command, now, ct), context.CancellationToken);
        return new CreateSessionResponse { Session = session.ToApi() };
    }

    public override async Task<GetSessionResponse> GetSession(GetSessionRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        await access.RequireAsync(context, sessionId, Permission.View);
        var overview = await reader.OverviewAsync(sessionId, context.CancellationToken);
        return new GetSessionResponse { Session = overview.Session.ToApi(), Participation = overview.ToApi() };
    }

    public override async Task<ChangeSessionStatusResponse> ChangeSessionStatus(ChangeSessionStatusRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        var member = await access.RequireAsync(context, sessionId, Permission.Moderate);
        var command = new Model.Lifecycle.ChangeSessionStatus(sessionId, request.Status.ToDomain(), member.Actor);
        var session = await runner.DecideOnSessionAsync(request.KeyFor(nameof(ChangeSessionStatus), context), sessionId, member.Actor,
            (state, now) => Model.Lifecycle.ChangeSessionStatus.Decide(state, command, now), context.CancellationToken);
        return new ChangeSessionStatusResponse { Session = session.ToApi() };
    }

    public override async Task<DefineGroupDimensionResponse> DefineGroupDimension(DefineGroupDimensionRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        var member = await access.RequireAsync(context, sessionId, Permission.Moderate);
        var command = new DefineGroupDimension(sessionId, request.Dimension.ToDomain(), member.Actor);
        var session = await runner.DecideAsync<Model.Session>(request.KeyFor(nameof(DefineGroupDimension), context), sessionId,
            (state, now) => [Model.Groups.DefineGroupDimension.Decide(state, command, now)], context.CancellationToken);
        return new DefineGroupDimensionResponse { Session = session.ToApi() };
    }
}
