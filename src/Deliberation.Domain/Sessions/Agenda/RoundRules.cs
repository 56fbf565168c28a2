using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Sessions.Agenda;

internal static class RoundRules
{
    /// <summary>The named round, which must be the session's current one, in a session in progress.</summary>
    public static Round Current(Session? session, Guid sessionId, Guid roundId)
    {
        if (session is null) throw new NotFound("session", sessionId);
        SessionLifecycle.RequireInProgress(session);
        var round = session.Agenda.SelectMany(i => i.Rounds).FirstOrDefault(r => r.Id == roundId) ?? throw new NotFound("round", roundId);
        if (!round.IsCurrent)
            throw new RuleViolation(RuleViolationReason.RoundNotOpen, $"Round {round.Id} is closed.");
        return round;
    }

    /// <summary>The current round, which must not be paused.</summary>
    public static Round Running(Session? session, Guid sessionId, Guid roundId)
    {
        var round = Current(session, sessionId, roundId);
        if (round.Status == RoundStatus.Paused)
            throw new RuleViolation(RuleViolationReason.RoundPaused, $"Round {round.Id} is paused; resume it first.");
        return round;
    }
}
