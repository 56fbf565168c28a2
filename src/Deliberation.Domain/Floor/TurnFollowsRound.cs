using Deliberation.Domain.Access;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;

namespace Deliberation.Domain.Floor;

/// <summary>
/// A turn's clock follows its round: it stops when the round pauses or the session adjourns, and the
/// turn ends when its round closes (or the session does), so no time is counted that nobody spoke.
/// </summary>
public static class TurnFollowsRound
{
    public static IReadOnlyList<object> Decide(Floor? floor, Session after, Actor by, DateTimeOffset now)
    {
        if (floor?.CurrentTurn is not { } turn) return [];
        var round = after.Agenda.SelectMany(i => i.Rounds).First(r => r.Id == turn.RoundId);
        if (round.Status == RoundStatus.Closed || after.Status is SessionStatus.Closed or SessionStatus.Archived)
            return [new TurnEnded(floor.Id, turn.Id, turn.SpokenAt(now), by, now)];
        var stopped = round.Status == RoundStatus.Paused || after.Status != SessionStatus.InProgress;
        return stopped && turn.Status == TurnStatus.Running ? [new TurnPaused(floor.Id, turn.Id, turn.SpokenAt(now), by, now)] : [];
    }
}
