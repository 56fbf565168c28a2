using Deliberation.Domain.Access;
using Deliberation.Domain.Common;

namespace Deliberation.Domain.Floor;

public enum TurnAction
{
    Pause,
    Resume,
    End,
}

/// <summary>Pause, resume or end the current turn; the time spoken is recorded with each.</summary>
public sealed record ChangeTurn(Guid SessionId, TurnAction Action, Actor By)
{
    public static object Decide(Floor? floor, Sessions.Session session, ChangeTurn command, DateTimeOffset now)
    {
        Sessions.Lifecycle.SessionLifecycle.RequireChangeable(session);
        var turn = floor?.CurrentTurn ?? throw new RuleViolation(RuleViolationReason.NoTurn, "Nobody has the floor.");
        return command.Action switch
        {
            TurnAction.Pause when turn.Status == TurnStatus.Running => new TurnPaused(floor.Id, turn.Id, turn.SpokenAt(now), command.By, now),
            TurnAction.Resume when turn.Status == TurnStatus.Paused => new TurnResumed(floor.Id, turn.Id, command.By, now),
            TurnAction.End => new TurnEnded(floor.Id, turn.Id, turn.SpokenAt(now), command.By, now),
            TurnAction.Pause => throw new RuleViolation(RuleViolationReason.TurnNotRunning, "The turn is paused already."),
            _ => throw new RuleViolation(RuleViolationReason.TurnNotPaused, "The turn is running; only a paused turn resumes."),
        };
    }
}
