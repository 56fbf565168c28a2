using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions.Agenda;

namespace Deliberation.Domain.Sessions.Lifecycle;

/// <summary>Move a session on in its life: open it, start, adjourn, resume, close or archive it.</summary>
public sealed record ChangeSessionStatus(Guid SessionId, SessionStatus To, Actor By)
{
    /// <summary>
    /// Closing a session closes its current round; adjourning it pauses the round's clock, which a
    /// moderator resumes (ResumeRound) once the session is in progress again.
    /// </summary>
    public static IReadOnlyList<object> Decide(Session? session, ChangeSessionStatus command, DateTimeOffset now)
    {
        if (session is null) throw new NotFound("session", command.SessionId);
        if (!SessionLifecycle.CanChange(session.Status, command.To))
            throw new RuleViolation(RuleViolationReason.SessionStatusChangeNotAllowed,
                $"Session {session.Id} is {SessionLifecycle.Describe(session.Status)} and cannot become {SessionLifecycle.Describe(command.To)}.");
        var changed = new SessionStatusChanged(session.Id, session.Status, command.To, command.By, now);
        return (command.To, session.CurrentRound) switch
        {
            (SessionStatus.Closed, { } round) => [new RoundClosed(session.Id, round.Id, command.By, now), changed],
            (SessionStatus.Adjourned, { Status: RoundStatus.Open } round) => [PauseRound.Decide(session, new PauseRound(session.Id, round.Id, command.By), now), changed],
            _ => [changed],
        };
    }
}

public sealed record SessionStatusChanged(Guid SessionId, SessionStatus From, SessionStatus To, Actor By, DateTimeOffset At);
