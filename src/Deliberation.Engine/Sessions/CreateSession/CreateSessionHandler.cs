using Deliberation.Domain.Sessions;
using Marten;
using Command = Deliberation.Domain.Sessions.CreateSession.CreateSession;

namespace Deliberation.Engine.Sessions.CreateSession;

public static class CreateSessionHandler
{
    public static Task<Session> HandleAsync(IDocumentSession session, Command command, DateTimeOffset now, CancellationToken _)
    {
        var created = Command.Decide(command, now);
        session.Events.StartStream<Session>(command.SessionId, created);
        return Task.FromResult(Session.Create(created));
    }
}
