using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;

namespace Deliberation.Domain.Floor;

/// <summary>
/// Give the floor: to whoever the round's order puts next (and say why), or, when a moderator names a
/// request, to that person, recorded as an override when the order would have chosen someone else.
/// </summary>
public sealed record GiveFloor(Guid SessionId, Guid TurnId, Guid? RequestId, Actor By)
{
    public static IReadOnlyList<object> Decide(Floor? floor, Session session, Func<Guid, IReadOnlyDictionary<string, string>> groupsOf,
        GiveFloor command, DateTimeOffset now)
    {
        var round = FloorRules.OpenRound(session);
        var current = FloorRules.OrEmpty(floor, session);
        if (current.CurrentTurn is not null)
            throw new RuleViolation(RuleViolationReason.TurnInProgress, "Someone has the floor; end their turn first.");

        var next = NextSpeaker.Choose(current, round.Id, groupsOf);
        var named = command.RequestId is { } id ? FloorRules.Waiting(current, id) : null;
        if (named is not null && named.RoundId != round.Id)
            throw new RuleViolation(RuleViolationReason.RequestNotWaiting, "That request was made in an earlier round; it lapsed when the round closed.");
        var overridden = named is not null && next?.Request?.Id != named.Id;
        var choice = overridden
            ? new Choice(named!.ParticipantId, named, named.Kind, false,
                next is null ? "Chosen by the moderator." : $"Chosen by the moderator over the order, which would have given the floor elsewhere ({next.Because})")
            : next ?? throw new RuleViolation(RuleViolationReason.NobodyWaiting, "Nobody is waiting for the floor in this round.");

        return FloorRules.On(floor, session, new TurnStarted(current.Id, command.TurnId, choice.Request?.Id, choice.SpeakerId, round.Id, choice.Kind,
            choice.Panelist, current.RulesFor(round.Id).LimitFor(choice.Kind, choice.Panelist), choice.Because, overridden, command.By, now));
    }
}
