using Deliberation.Api.V1;
using Deliberation.Engine.EventStore;
using Deliberation.Engine.Requests;
using Deliberation.Engine.Sessions.CreateSession;
using Deliberation.Server.Common;
using Grpc.Core;
using Model = Deliberation.Domain.Sessions;

namespace Deliberation.Server.Sessions;

internal sealed class SessionService(CommandRunner runner, Reader reader) : Api.V1.SessionService.SessionServiceBase
{
    public override async Task<CreateSessionResponse> CreateSession(CreateSessionRequest request, ServerCallContext context)
    {
        var command = new Model.CreateSession.CreateSession(Guid.CreateVersion7(), request.Title.ToDomain(), request.Languages.ToList());
        var session = await runner.RunAsync(request.KeyFor(nameof(CreateSession)),
            (store, now, ct) => CreateSessionHandler.HandleAsync(store, command, now, ct), context.CancellationToken);
        return new CreateSessionResponse { Session = session.ToApi() };
    }

    public override async Task<GetSessionResponse> GetSession(GetSessionRequest request, ServerCallContext context)
    {
        var session = await reader.GetAsync<Model.Session>(Guid.Parse(request.SessionId), "session", context.CancellationToken);
        return new GetSessionResponse { Session = session.ToApi() };
    }
}
