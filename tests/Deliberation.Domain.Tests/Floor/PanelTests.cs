using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Floor;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;
using Deliberation.Domain.Sessions.Groups;
using FloorState = Deliberation.Domain.Floor.Floor;

namespace Deliberation.Domain.Tests.Floor;

/// <summary>
/// A panel: three panelists with fixed slots, then ten requests from the audience across two communities
/// and two genders, and a point of order in the middle; each turn lasts a minute.
/// </summary>
public class PanelTests
{
    private static readonly (string Name, string Community, string Gender)[] People =
    [
        ("P1", "albanian", "woman"), ("P2", "serb", "man"), ("P3", "albanian", "woman"),
        ("A0", "albanian", "woman"), ("A1", "albanian", "man"), ("A2", "albanian", "woman"), ("A3", "albanian", "man"), ("A4", "serb", "woman"),
        ("A5", "albanian", "woman"), ("A6", "serb", "man"), ("A7", "albanian", "man"), ("A8", "serb", "woman"), ("A9", "serb", "man"),
    ];

    private readonly Dictionary<string, Guid> _ids = People.ToDictionary(p => p.Name, _ => Guid.NewGuid());
    private readonly Session _session = Given.RunningSession(new PhasePlan(Phase.Statements, null));

    private IReadOnlyDictionary<string, string> GroupsOf(Guid participant)
    {
        var person = People.Single(p => _ids[p.Name] == participant);
        return new Dictionary<string, string> { ["community"] = person.Community, ["gender"] = person.Gender };
    }

    [Fact]
    public void First_come_first_served_after_the_panel_with_the_point_of_order_first() =>
        Assert.Equal(["P1", "P2", "P3", "A0", "A1", "A6 (point of order)", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9"], Run(BalanceRule.None).Order);

    [Fact]
    public void Alternating_communities_gives_the_floor_across_the_divide_while_anyone_waiting_differs() =>
        Assert.Equal(["P1", "P2", "P3", "A4", "A0", "A6 (point of order)", "A6", "A1", "A8", "A2", "A9", "A3", "A5", "A7"],
            Run(new BalanceRule(BalanceKind.Alternate, "community")).Order);

    [Fact]
    public void Alternating_genders_ignores_the_point_of_order_as_a_side() =>
        Assert.Equal(["P1", "P2", "P3", "A1", "A0", "A6 (point of order)", "A3", "A2", "A6", "A4", "A7", "A5", "A9", "A8"],
            Run(new BalanceRule(BalanceKind.Alternate, "gender")).Order);

    [Fact]
    public void Progressive_order_lets_those_not_yet_heard_go_before_those_who_spoke() =>
        Assert.Equal(["P1", "P2", "P3", "A0", "A1", "A6 (point of order)", "A2", "A3", "A4", "A5", "A7", "A8", "A9", "A6"],
            Run(new BalanceRule(BalanceKind.Progressive)).Order);

    [Fact]
    public void Statistics_count_turns_and_speaking_time_by_speaker_and_by_group()
    {
        var (_, floor) = Run(BalanceRule.None);

        var statistics = FloorStatistics.Of(floor, Dimensions, GroupsOf, Given.Now.AddHours(1));

        Assert.Equal((2, 120.0), (statistics.BySpeaker.Single(s => s.ParticipantId == _ids["A6"]).Turns, statistics.BySpeaker.Single(s => s.ParticipantId == _ids["A6"]).Seconds));
        Assert.Equal(
            [("community", "albanian", 8, 480.0), ("community", "serb", 6, 360.0), ("community", "undisclosed", 0, 0.0),
             ("gender", "woman", 7, 420.0), ("gender", "man", 7, 420.0), ("gender", "undisclosed", 0, 0.0)],
            statistics.ByGroup.Select(g => (g.Dimension, g.Value, g.Turns, g.Seconds)));
    }

    [Fact]
    public void Every_choice_says_why_and_a_moderators_pick_over_the_order_is_recorded_as_an_override()
    {
        var (_, floor) = Run(new BalanceRule(BalanceKind.Alternate, "community"));
        var round = _session.CurrentRound!;
        var fresh = Apply(null, SetFloorRules.Decide(null, _session, _ids.Values.ToHashSet(), SetRules(BalanceRule.None), Given.Now));
        fresh = Apply(fresh, RequestFloor.Decide(fresh, _session, new RequestFloor(_session.Id, _ids["A0"], Guid.NewGuid(), RequestKind.Speech, null), Given.Now));
        fresh = Apply(fresh, RequestFloor.Decide(fresh, _session, new RequestFloor(_session.Id, _ids["A9"], Guid.NewGuid(), RequestKind.Speech, null), Given.Now));
        var a9 = fresh.Waiting(round.Id)[1];

        var started = (TurnStarted)GiveFloor.Decide(fresh, _session, GroupsOf, new GiveFloor(_session.Id, Guid.NewGuid(), a9.Id, Actor.Operator), Given.Now).Single();

        Assert.All(floor.Turns, t => Assert.False(string.IsNullOrEmpty(t.ChosenBecause)));
        Assert.StartsWith("Alternating community: the last speaker was albanian", floor.Turns[3].ChosenBecause);
        Assert.True(started.Override);
        Assert.Equal(_ids["A9"], started.SpeakerId);
        Assert.StartsWith("Chosen by the moderator over the order", started.ChosenBecause);
    }

    private static IReadOnlyList<GroupDimension> Dimensions =>
    [
        new("community", LocalizedText.Of(("en", "Community")), [new("albanian", LocalizedText.Of(("en", "Albanian"))), new("serb", LocalizedText.Of(("en", "Serb")))], false),
        new("gender", LocalizedText.Of(("en", "Gender")), [new("woman", LocalizedText.Of(("en", "Woman"))), new("man", LocalizedText.Of(("en", "Man")))], true),
    ];

    private SetFloorRules SetRules(BalanceRule rule) => new(_session.Id, _session.CurrentRound!.Id, rule, 120, 300, 60,
        [_ids["P1"], _ids["P2"], _ids["P3"]], Actor.Operator);

    /// <summary>Runs the panel: everyone in the audience asks at once, and A6 raises a point of order after the fifth turn.</summary>
    private (List<string> Order, FloorState Floor) Run(BalanceRule rule)
    {
        var session = _session with { Dimensions = Dimensions };
        var now = Given.Now;
        var floor = Apply(null, SetFloorRules.Decide(null, session, _ids.Values.ToHashSet(), SetRules(rule), now));
        foreach (var person in People.Where(p => p.Name.StartsWith('A')))
            floor = Apply(floor, RequestFloor.Decide(floor, session, new RequestFloor(session.Id, _ids[person.Name], Guid.NewGuid(), RequestKind.Speech, null), now));

        var order = new List<string>();
        while (true)
        {
            if (order.Count == 5)
                floor = Apply(floor, RequestFloor.Decide(floor, session, new RequestFloor(session.Id, _ids["A6"], Guid.NewGuid(), RequestKind.PointOfOrder, null), now));
            IReadOnlyList<object> started;
            try
            {
                started = GiveFloor.Decide(floor, session, GroupsOf, new GiveFloor(session.Id, Guid.NewGuid(), null, Actor.Operator), now);
            }
            catch (RuleViolation e) when (e.Reason == RuleViolationReason.NobodyWaiting)
            {
                return (order, floor);
            }
            floor = Apply(floor, started);
            var turn = floor.CurrentTurn!;
            order.Add(People.Single(p => _ids[p.Name] == turn.SpeakerId).Name + (turn.Kind == RequestKind.PointOfOrder ? " (point of order)" : ""));
            now = now.AddMinutes(1);
            floor = Apply(floor, [ChangeTurn.Decide(floor, session, new ChangeTurn(session.Id, TurnAction.End, Actor.Operator), now)]);
        }
    }

    private static FloorState Apply(FloorState? floor, IEnumerable<object> events) =>
        events.Aggregate(floor, (state, e) => e switch
        {
            FloorOpened opened => FloorState.Create(opened),
            FloorRulesSet x => state!.Apply(x),
            FloorRequested x => state!.Apply(x),
            TurnStarted x => state!.Apply(x),
            TurnEnded x => state!.Apply(x),
            _ => throw new InvalidOperationException(e.GetType().Name),
        })!;
}
