using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;

namespace Deliberation.Domain.Floor;

/// <summary>Ask for the floor in the current round: to speak, to reply, on a point of order, or to question a panelist.</summary>
public sealed record RequestFloor(Guid SessionId, Guid ParticipantId, Guid RequestId, RequestKind Kind, Guid? ToPanelist)
{
    public static IReadOnlyList<object> Decide(Floor? floor, Session session, RequestFloor command, DateTimeOffset now)
    {
        var round = FloorRules.OpenRound(session);
        var current = FloorRules.OrEmpty(floor, session);
        if (current.Waiting(round.Id).Any(r => r.ParticipantId == command.ParticipantId && r.Kind == command.Kind))
            throw new RuleViolation(RuleViolationReason.AlreadyRequested, "You are already on the list for this; withdraw that request first.");
        return FloorRules.On(floor, session, new FloorRequested(current.Id, command.RequestId, command.ParticipantId, round.Id,
            command.Kind, command.ToPanelist, current.NextPosition, now));
    }
}
