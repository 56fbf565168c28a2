using Deliberation.Domain.Access;
using Deliberation.Domain.Common;

namespace Deliberation.Domain.Sessions.Lifecycle;

/// <summary>Move a session on in its life: open it, start, adjourn, resume, close or archive it.</summary>
public sealed record ChangeSessionStatus(Guid SessionId, SessionStatus To, Actor By)
{
    public static SessionStatusChanged Decide(Session? session, ChangeSessionStatus command, DateTimeOffset now)
    {
        if (session is null) throw new NotFound("session", command.SessionId);
        if (!SessionLifecycle.CanChange(session.Status, command.To))
            throw new RuleViolation(RuleViolationReason.SessionStatusChangeNotAllowed,
                $"Session {session.Id} is {SessionLifecycle.Describe(session.Status)} and cannot become {SessionLifecycle.Describe(command.To)}.");
        return new SessionStatusChanged(session.Id, session.Status, command.To, command.By, now);
    }
}

public sealed record SessionStatusChanged(Guid SessionId, SessionStatus From, SessionStatus To, Actor By, DateTimeOffset At);
