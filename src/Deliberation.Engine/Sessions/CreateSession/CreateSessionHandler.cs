using Deliberation.Domain.Sessions;
using Deliberation.Engine.EventStore;
using Marten;
using Command = Deliberation.Domain.Sessions.CreateSession.CreateSession;

namespace Deliberation.Engine.Sessions.CreateSession;

public static class CreateSessionHandler
{
    public static Task<Session> HandleAsync(IDocumentSession session, Command command, DateTimeOffset now, CancellationToken _) =>
        Task.FromResult(session.Start<Session>(command.SessionId, Command.Decide(command, now)));
}
