using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Sessions.Agenda;

/// <summary>Open a round on an agenda item, with its phases in order; the first phase starts at once.</summary>
public sealed record OpenRound(Guid SessionId, Guid AgendaItemId, Guid RoundId, IReadOnlyList<PhasePlan> Phases, Actor By)
{
    /// <summary>Every phase in its natural order, each until the moderator advances it.</summary>
    public static readonly IReadOnlyList<PhasePlan> DefaultPhases =
        Enum.GetValues<Phase>().Select(p => new PhasePlan(p, null)).ToList();

    public static RoundOpened Decide(Session? session, OpenRound command, DateTimeOffset now)
    {
        if (session is null) throw new NotFound("session", command.SessionId);
        SessionLifecycle.RequireInProgress(session);
        if (session.Agenda.All(i => i.Id != command.AgendaItemId)) throw new NotFound("agenda item", command.AgendaItemId);
        if (session.CurrentRound is { } current)
            throw new RuleViolation(RuleViolationReason.RoundAlreadyOpen, $"Round {current.Id} is still {current.Status.ToString().ToLowerInvariant()}; close it first.");

        var phases = WithClosedLast(command.Phases.Count > 0 ? command.Phases : DefaultPhases);
        return new RoundOpened(session.Id, command.AgendaItemId, command.RoundId, phases,
            phases[0].DurationSeconds is { } seconds ? now.AddSeconds(seconds) : null, command.By, now);
    }

    /// <summary>Every round ends in the closed phase, whether or not the plan names it.</summary>
    private static List<PhasePlan> WithClosedLast(IReadOnlyList<PhasePlan> phases)
    {
        var plan = phases.Where(p => p.Phase != Phase.Closed).ToList();
        if (plan.Count == 0)
            throw new RuleViolation(RuleViolationReason.InvalidPhasePlan, "A round needs at least one phase before it closes.");
        if (plan.Select(p => p.Phase).Distinct().Count() != plan.Count)
            throw new RuleViolation(RuleViolationReason.InvalidPhasePlan, "A round goes through each phase at most once.");
        plan.Add(new PhasePlan(Phase.Closed, null));
        return plan;
    }
}
