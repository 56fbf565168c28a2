using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Groups;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Floor;

/// <summary>Set how a round's floor runs: the balance rule, the time limits and the panelists' fixed slots.</summary>
public sealed record SetFloorRules(
    Guid SessionId, Guid RoundId, BalanceRule Balance, int? SpeechSeconds, int? PanelistSeconds, int? PointOfOrderSeconds,
    IReadOnlyList<Guid> PanelSlots, Actor By)
{
    /// <param name="members">The session's participants who may speak (not observers): panelists must be among them.</param>
    public static IReadOnlyList<object> Decide(Floor? floor, Session session, IReadOnlySet<Guid> members, SetFloorRules command, DateTimeOffset now)
    {
        SessionLifecycle.RequireChangeable(session);
        if (!session.Agenda.SelectMany(i => i.Rounds).Any(r => r.Id == command.RoundId)) throw new NotFound("round", command.RoundId);
        if (command.Balance is { Kind: BalanceKind.Alternate, Dimension: var dimension } && session.Dimensions.All(d => d.Key != dimension))
            throw new RuleViolation(RuleViolationReason.UnknownGroup, $"Session {session.Id} has no group dimension '{dimension}' to alternate on.");
        foreach (var panelist in command.PanelSlots.Where(p => !members.Contains(p)))
            throw new NotFound("participant who may speak", panelist);
        var current = FloorRules.OrEmpty(floor, session);
        return FloorRules.On(floor, session, new FloorRulesSet(current.Id, command.RoundId, command.Balance, command.SpeechSeconds,
            command.PanelistSeconds, command.PointOfOrderSeconds, command.PanelSlots, command.By, now));
    }
}
