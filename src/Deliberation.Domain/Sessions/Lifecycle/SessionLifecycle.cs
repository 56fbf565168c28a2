using Deliberation.Domain.Common;

namespace Deliberation.Domain.Sessions.Lifecycle;

/// <summary>Which status may follow which, and what each status allows.</summary>
public static class SessionLifecycle
{
    private static readonly Dictionary<SessionStatus, SessionStatus[]> Next = new()
    {
        [SessionStatus.Draft] = [SessionStatus.Open, SessionStatus.Closed],
        [SessionStatus.Open] = [SessionStatus.InProgress, SessionStatus.Closed],
        [SessionStatus.InProgress] = [SessionStatus.Adjourned, SessionStatus.Closed],
        [SessionStatus.Adjourned] = [SessionStatus.InProgress, SessionStatus.Closed],
        [SessionStatus.Closed] = [SessionStatus.Archived],
        [SessionStatus.Archived] = [],
    };

    public static bool CanChange(SessionStatus from, SessionStatus to) => Next[from].Contains(to);

    /// <summary>Setting up (groups, agenda, invitations) is possible until the session closes.</summary>
    public static void RequireChangeable(Session session)
    {
        if (session.Status is SessionStatus.Closed or SessionStatus.Archived)
            throw new RuleViolation(RuleViolationReason.SessionClosed, $"Session {session.Id} is {Describe(session.Status)}; its record no longer changes.");
    }

    public static void RequireJoinable(Session session)
    {
        RequireChangeable(session);
        if (session.Status == SessionStatus.Draft)
            throw new RuleViolation(RuleViolationReason.SessionNotOpen, $"Session {session.Id} is still being set up; nobody can join before it opens.");
    }

    public static void RequireInProgress(Session session)
    {
        if (session.Status != SessionStatus.InProgress)
            throw new RuleViolation(RuleViolationReason.SessionNotInProgress,
                $"Session {session.Id} is {Describe(session.Status)}; rounds run only while it is in progress.");
    }

    public static string Describe(SessionStatus status) => status switch
    {
        SessionStatus.Draft => "a draft",
        SessionStatus.Open => "open",
        SessionStatus.InProgress => "in progress",
        SessionStatus.Adjourned => "adjourned",
        SessionStatus.Closed => "closed",
        SessionStatus.Archived => "archived",
        _ => status.ToString(),
    };
}
