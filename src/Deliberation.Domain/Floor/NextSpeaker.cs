using Deliberation.Domain.Sessions.Groups;

namespace Deliberation.Domain.Floor;

/// <summary>Who speaks next, and why: the engine's choice when a moderator gives the floor without naming anyone.</summary>
public sealed record Choice(Guid SpeakerId, FloorRequest? Request, RequestKind Kind, bool Panelist, string Because);

/// <summary>
/// The order of the floor, a pure function of the list: points of order first, then replies, then the
/// panelists' fixed slots in order, then the list by the round's balance rule.
/// </summary>
public static class NextSpeaker
{
    public static Choice? Choose(Floor floor, Guid roundId, Func<Guid, IReadOnlyDictionary<string, string>> groupsOf)
    {
        var waiting = floor.Waiting(roundId);
        var rules = floor.RulesFor(roundId);
        if (waiting.FirstOrDefault(r => r.Kind == RequestKind.PointOfOrder) is { } order)
            return new Choice(order.ParticipantId, order, order.Kind, false, "A point of order goes before the list.");
        if (waiting.FirstOrDefault(r => r.Kind == RequestKind.Reply) is { } reply)
            return new Choice(reply.ParticipantId, reply, reply.Kind, false, "A reply goes before the list.");

        var spokeInSlot = floor.Turns.Where(t => t.RoundId == roundId && t.Panelist).Select(t => t.SpeakerId).ToHashSet();
        var slot = rules.PanelSlots.ToList().FindIndex(panelist => !spokeInSlot.Contains(panelist));
        if (slot >= 0)
            return new Choice(rules.PanelSlots[slot], null, RequestKind.Speech, true,
                $"Panelist {slot + 1} of {rules.PanelSlots.Count}, in the panel's fixed order.");

        var list = waiting.Where(r => r.Kind is RequestKind.Speech or RequestKind.Question).ToList();
        if (list.Count == 0) return null;
        return rules.Balance.Kind switch
        {
            BalanceKind.Alternate => Alternate(floor, roundId, list, rules.Balance.Dimension!, groupsOf),
            BalanceKind.Progressive => Progressive(floor, list),
            _ => Pick(list[0], "First on the list."),
        };
    }

    private static Choice Alternate(Floor floor, Guid roundId, IReadOnlyList<FloorRequest> list, string dimension, Func<Guid, IReadOnlyDictionary<string, string>> groupsOf)
    {
        // Points of order and replies interrupt the list; they do not count as the side that spoke.
        var last = floor.Turns.LastOrDefault(t => t.RoundId == roundId && t.Kind is RequestKind.Speech or RequestKind.Question);
        if (last is null) return Pick(list[0], $"First on the list; nobody has spoken yet to alternate {dimension} with.");
        var lastValue = ValueOf(groupsOf(last.SpeakerId), dimension);
        var other = list.FirstOrDefault(r => ValueOf(groupsOf(r.ParticipantId), dimension) != lastValue);
        return other is null
            ? Pick(list[0], $"First on the list: nobody waiting differs in {dimension} from the last speaker ({lastValue}).")
            : Pick(other, $"Alternating {dimension}: the last speaker was {lastValue}; this is the first waiting who is {ValueOf(groupsOf(other.ParticipantId), dimension)}.");
    }

    private static Choice Progressive(Floor floor, IReadOnlyList<FloorRequest> list)
    {
        var turns = floor.Turns.GroupBy(t => t.SpeakerId).ToDictionary(g => g.Key, g => g.Count());
        var fewest = list.MinBy(r => turns.GetValueOrDefault(r.ParticipantId))!; // the first such on the list
        var count = turns.GetValueOrDefault(fewest.ParticipantId);
        return Pick(fewest, count == 0
            ? "Progressive order: the first on the list who has not spoken yet."
            : $"Progressive order: has spoken {count} time{(count == 1 ? "" : "s")}, no more than anyone waiting, and asked first among them.");
    }

    private static Choice Pick(FloorRequest request, string because) => new(request.ParticipantId, request, request.Kind, false, because);

    // Someone who has not said is counted as undisclosed, a value of its own.
    private static string ValueOf(IReadOnlyDictionary<string, string> groups, string dimension) =>
        groups.TryGetValue(dimension, out var value) ? value : GroupDimension.Undisclosed;
}
