using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Sessions.Agenda;

/// <summary>
/// Move the current round to its next phase. <paramref name="FromPhaseIndex"/>, when given, is the phase
/// the caller means to leave: a deadline that fires after a moderator already advanced changes nothing.
/// <paramref name="OnlyIfDue"/>: the schedule's advance, which a pause or a new deadline since it looked must stop.
/// </summary>
public sealed record AdvancePhase(Guid SessionId, Guid RoundId, int? FromPhaseIndex, Actor By, bool OnlyIfDue = false)
{
    public static IReadOnlyList<object> Decide(Session? session, AdvancePhase command, DateTimeOffset now)
    {
        var round = RoundRules.Running(session, command.SessionId, command.RoundId);
        if (command.FromPhaseIndex is { } from && from != round.PhaseIndex)
            throw new RuleViolation(RuleViolationReason.PhaseAlreadyAdvanced, $"Round {round.Id} has already left its phase {from}.");
        if (command.OnlyIfDue && !(round.PhaseDeadline <= now))
            throw new RuleViolation(RuleViolationReason.PhaseNotDue, $"The current phase of round {round.Id} has no deadline that has passed.");

        var next = round.PhaseIndex + 1;
        var advanced = new PhaseAdvanced(session!.Id, round.Id, next, round.Phases[next].Phase, round.DeadlineOf(next, now), command.By, now);
        return round.Phases[next].Phase == Phase.Closed
            ? [advanced, new RoundClosed(session.Id, round.Id, command.By, now)]
            : [advanced];
    }
}
