using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Floor;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;
using Deliberation.Domain.Sessions.Lifecycle;
using FloorState = Deliberation.Domain.Floor.Floor;

namespace Deliberation.Domain.Tests.Floor;

public class FloorRuleTests
{
    private static readonly Guid Arta = Guid.NewGuid();
    private static readonly IReadOnlyDictionary<string, string> NoGroups = new Dictionary<string, string>();

    private static (Session Session, FloorState Floor) WithArtaWaiting()
    {
        var session = Given.RunningSession(new PhasePlan(Phase.Statements, null));
        var events = RequestFloor.Decide(null, session, new RequestFloor(session.Id, Arta, Guid.NewGuid(), RequestKind.Speech, null), Given.Now);
        return (session, FloorState.Create((FloorOpened)events[0]).Apply((FloorRequested)events[1]));
    }

    [Fact]
    public void Asking_twice_for_the_same_kind_of_turn_is_refused_but_a_point_of_order_is_another_kind()
    {
        var (session, floor) = WithArtaWaiting();

        Assert.Equal(RuleViolationReason.AlreadyRequested, Assert.Throws<RuleViolation>(() =>
            RequestFloor.Decide(floor, session, new RequestFloor(session.Id, Arta, Guid.NewGuid(), RequestKind.Speech, null), Given.Now)).Reason);
        Assert.IsType<FloorRequested>(Assert.Single(RequestFloor.Decide(floor, session, new RequestFloor(session.Id, Arta, Guid.NewGuid(), RequestKind.PointOfOrder, null), Given.Now)));
    }

    [Fact]
    public void Nobody_gets_the_floor_in_a_closed_or_paused_round()
    {
        var (session, floor) = WithArtaWaiting();
        var round = session.CurrentRound!;
        var paused = session.Apply(PauseRound.Decide(session, new PauseRound(session.Id, round.Id, Actor.Operator), Given.Now));
        var closed = session.Apply(CloseRound.Decide(session, new CloseRound(session.Id, round.Id, Actor.Operator), Given.Now));
        var give = new GiveFloor(session.Id, Guid.NewGuid(), null, Actor.Operator);

        Assert.Equal(RuleViolationReason.RoundNotOpen, Assert.Throws<RuleViolation>(() => GiveFloor.Decide(floor, paused, _ => NoGroups, give, Given.Now)).Reason);
        Assert.Equal(RuleViolationReason.RoundNotOpen, Assert.Throws<RuleViolation>(() => GiveFloor.Decide(floor, closed, _ => NoGroups, give, Given.Now)).Reason);
    }

    [Fact]
    public void The_clock_runs_only_for_a_turn_that_is_running_and_one_turn_at_a_time()
    {
        var (session, floor) = WithArtaWaiting();
        Assert.Equal(RuleViolationReason.NoTurn, Assert.Throws<RuleViolation>(() => ChangeTurn.Decide(floor, session, new ChangeTurn(session.Id, TurnAction.Pause, Actor.Operator), Given.Now)).Reason);

        floor = floor.Apply((TurnStarted)GiveFloor.Decide(floor, session, _ => NoGroups, new GiveFloor(session.Id, Guid.NewGuid(), null, Actor.Operator), Given.Now).Single());
        var paused = floor.Apply((TurnPaused)ChangeTurn.Decide(floor, session, new ChangeTurn(session.Id, TurnAction.Pause, Actor.Operator), Given.Now.AddSeconds(40)));
        var resumed = paused.Apply((TurnResumed)ChangeTurn.Decide(paused, session, new ChangeTurn(session.Id, TurnAction.Resume, Actor.Operator), Given.Now.AddSeconds(100)));

        Assert.Equal(RuleViolationReason.TurnNotPaused, Assert.Throws<RuleViolation>(() => ChangeTurn.Decide(floor, session, new ChangeTurn(session.Id, TurnAction.Resume, Actor.Operator), Given.Now)).Reason);
        Assert.Equal(RuleViolationReason.TurnNotRunning, Assert.Throws<RuleViolation>(() => ChangeTurn.Decide(paused, session, new ChangeTurn(session.Id, TurnAction.Pause, Actor.Operator), Given.Now)).Reason);
        Assert.Equal(RuleViolationReason.TurnInProgress, Assert.Throws<RuleViolation>(() =>
            GiveFloor.Decide(floor, session, _ => NoGroups, new GiveFloor(session.Id, Guid.NewGuid(), null, Actor.Operator), Given.Now)).Reason);
        Assert.Equal(50, resumed.CurrentTurn!.SpokenAt(Given.Now.AddSeconds(110))); // 40 s, a pause, then 10 s more
    }

    [Fact]
    public void Only_the_person_who_asked_withdraws_and_only_a_waiting_request()
    {
        var (session, floor) = WithArtaWaiting();
        var request = floor.Requests[0];

        Assert.Equal(RuleViolationReason.NotYourOwn, Assert.Throws<RuleViolation>(() =>
            WithdrawFloorRequest.Decide(floor, session, new WithdrawFloorRequest(session.Id, Guid.NewGuid(), request.Id), Given.Now)).Reason);
        var withdrawn = floor.Apply(WithdrawFloorRequest.Decide(floor, session, new WithdrawFloorRequest(session.Id, Arta, request.Id), Given.Now));
        Assert.Equal(RuleViolationReason.RequestNotWaiting, Assert.Throws<RuleViolation>(() =>
            WithdrawFloorRequest.Decide(withdrawn, session, new WithdrawFloorRequest(session.Id, Arta, request.Id), Given.Now)).Reason);
    }

    [Fact]
    public void A_turn_stops_when_its_round_pauses_and_ends_when_it_closes_so_no_unspoken_time_is_counted()
    {
        var (session, floor) = WithArtaWaiting();
        var round = session.CurrentRound!;
        floor = floor.Apply((TurnStarted)GiveFloor.Decide(floor, session, _ => NoGroups, new GiveFloor(session.Id, Guid.NewGuid(), null, Actor.Operator), Given.Now).Single());

        var paused = TurnFollowsRound.Decide(floor, session.Apply(PauseRound.Decide(session, new PauseRound(session.Id, round.Id, Actor.Operator), Given.Now)), Actor.Operator, Given.Now.AddSeconds(30));
        var closed = TurnFollowsRound.Decide(floor, session.Apply(CloseRound.Decide(session, new CloseRound(session.Id, round.Id, Actor.Operator), Given.Now)), Actor.Operator, Given.Now.AddSeconds(45));

        Assert.Equal(30, Assert.IsType<TurnPaused>(Assert.Single(paused)).SpokenSeconds);
        Assert.Equal(45, Assert.IsType<TurnEnded>(Assert.Single(closed)).SpokenSeconds);
        Assert.Empty(TurnFollowsRound.Decide(floor, session, Actor.Operator, Given.Now));
    }

    [Fact]
    public void A_request_from_an_earlier_round_lapses_with_it()
    {
        var (session, floor) = WithArtaWaiting();
        var stale = floor.Requests[0];
        var round = session.CurrentRound!;
        session = session.Apply(CloseRound.Decide(session, new CloseRound(session.Id, round.Id, Actor.Operator), Given.Now));
        session = session.Apply(OpenRound.Decide(session, new OpenRound(session.Id, session.Agenda[0].Id, Guid.NewGuid(), [new PhasePlan(Phase.Statements, null)], Actor.Operator), Given.Now));

        var error = Assert.Throws<RuleViolation>(() => GiveFloor.Decide(floor, session, _ => NoGroups, new GiveFloor(session.Id, Guid.NewGuid(), stale.Id, Actor.Operator), Given.Now));

        Assert.Equal(RuleViolationReason.RequestNotWaiting, error.Reason);
    }

    [Fact]
    public void A_request_moved_to_the_end_stays_ahead_of_those_who_ask_later()
    {
        var (session, floor) = WithArtaWaiting();
        var milan = Guid.NewGuid();
        var drita = Guid.NewGuid();
        floor = floor.Apply((FloorRequested)RequestFloor.Decide(floor, session, new RequestFloor(session.Id, milan, Guid.NewGuid(), RequestKind.Speech, null), Given.Now).Single());
        floor = floor.Apply((FloorRequestMoved)ManageFloorRequest.Decide(floor, session, new ManageFloorRequest(session.Id, floor.Requests[0].Id, RequestChange.Move, 9, Actor.Operator), Given.Now));
        floor = floor.Apply((FloorRequested)RequestFloor.Decide(floor, session, new RequestFloor(session.Id, drita, Guid.NewGuid(), RequestKind.Speech, null), Given.Now).Single());

        Assert.Equal([milan, Arta, drita], floor.Waiting(session.CurrentRound!.Id).Select(r => r.ParticipantId));
    }

    [Fact]
    public void Nothing_on_the_floor_changes_once_the_session_is_closed()
    {
        var (session, floor) = WithArtaWaiting();
        var closed = session.Apply(new SessionStatusChanged(session.Id, session.Status, SessionStatus.Closed, Actor.Operator, Given.Now));

        Assert.Equal(RuleViolationReason.SessionClosed, Assert.Throws<RuleViolation>(() =>
            WithdrawFloorRequest.Decide(floor, closed, new WithdrawFloorRequest(session.Id, Arta, floor.Requests[0].Id), Given.Now)).Reason);
    }

    [Fact]
    public void A_moderator_moves_a_request_to_the_top_of_the_list()
    {
        var (session, floor) = WithArtaWaiting();
        var milan = Guid.NewGuid();
        floor = floor.Apply((FloorRequested)RequestFloor.Decide(floor, session, new RequestFloor(session.Id, milan, Guid.NewGuid(), RequestKind.Speech, null), Given.Now).Single());
        var milansRequest = floor.Requests[1];

        floor = floor.Apply((FloorRequestMoved)ManageFloorRequest.Decide(floor, session, new ManageFloorRequest(session.Id, milansRequest.Id, RequestChange.Move, 0, Actor.Operator), Given.Now));

        Assert.Equal([milan, Arta], floor.Waiting(session.CurrentRound!.Id).Select(r => r.ParticipantId));
    }
}
