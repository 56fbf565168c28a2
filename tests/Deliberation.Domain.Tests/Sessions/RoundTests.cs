using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;

namespace Deliberation.Domain.Tests.Sessions;

public class RoundTests
{
    [Fact]
    public void A_round_opened_without_a_plan_goes_through_every_phase_in_order_and_ends_closed()
    {
        var session = Given.RunningSession();

        var opened = OpenRound.Decide(session, new OpenRound(session.Id, session.Agenda[0].Id, Guid.NewGuid(), [], Actor.Operator), Given.Now);

        Assert.Equal([Phase.Statements, Phase.Submission, Phase.Amendment, Phase.Deliberation, Phase.Voting, Phase.Closed], opened.Phases.Select(p => p.Phase));
        Assert.Null(opened.PhaseDeadline);
    }

    [Fact]
    public void A_phase_with_a_duration_gets_its_deadline_when_it_starts()
    {
        var session = Given.RunningSession(new PhasePlan(Phase.Submission, null), new PhasePlan(Phase.Voting, 90));
        var round = session.CurrentRound!;

        var events = AdvancePhase.Decide(session, new AdvancePhase(session.Id, round.Id, null, Actor.Operator), Given.Now);

        Assert.Equal(new PhaseAdvanced(session.Id, round.Id, 1, Phase.Voting, Given.Now.AddSeconds(90), Actor.Operator, Given.Now), Assert.Single(events));
    }

    [Fact]
    public void Advancing_into_the_closed_phase_closes_the_round()
    {
        var session = Given.RunningSession(new PhasePlan(Phase.Voting, null));
        var round = session.CurrentRound!;

        var events = AdvancePhase.Decide(session, new AdvancePhase(session.Id, round.Id, null, Actor.Operator), Given.Now);

        Assert.IsType<RoundClosed>(events[1]);
    }

    [Fact]
    public void The_schedule_leaves_a_phase_only_once_its_deadline_has_passed()
    {
        var session = Given.RunningSession(new PhasePlan(Phase.Statements, 60), new PhasePlan(Phase.Voting, null));
        var round = session.CurrentRound!;
        var scheduled = new AdvancePhase(session.Id, round.Id, 0, Actor.Schedule, OnlyIfDue: true);

        Assert.Equal(RuleViolationReason.PhaseNotDue, Assert.Throws<RuleViolation>(() => AdvancePhase.Decide(session, scheduled, Given.Now.AddSeconds(59))).Reason);
        Assert.Equal(Phase.Voting, ((PhaseAdvanced)AdvancePhase.Decide(session, scheduled, Given.Now.AddSeconds(60))[0]).Phase);
    }

    [Fact]
    public void A_deadline_that_fires_after_a_moderator_advanced_changes_nothing()
    {
        var session = Given.RunningSession(new PhasePlan(Phase.Statements, 60), new PhasePlan(Phase.Submission, null), new PhasePlan(Phase.Voting, null));
        var round = session.CurrentRound!;
        session = session.Apply((PhaseAdvanced)AdvancePhase.Decide(session, new AdvancePhase(session.Id, round.Id, null, Actor.Operator), Given.Now)[0]);

        var error = Assert.Throws<RuleViolation>(() =>
            AdvancePhase.Decide(session, new AdvancePhase(session.Id, round.Id, 0, Actor.Schedule, OnlyIfDue: true), Given.Now.AddSeconds(61)));

        Assert.Equal(RuleViolationReason.PhaseAlreadyAdvanced, error.Reason);
    }

    [Fact]
    public void Pausing_keeps_what_is_left_of_the_phase_and_resuming_gives_it_back()
    {
        var session = Given.RunningSession(new PhasePlan(Phase.Deliberation, 600));
        var round = session.CurrentRound!;

        var paused = PauseRound.Decide(session, new PauseRound(session.Id, round.Id, Actor.Operator), Given.Now.AddSeconds(240));
        session = session.Apply(paused);
        var resumed = ResumeRound.Decide(session, new ResumeRound(session.Id, round.Id, Actor.Operator), Given.Now.AddHours(1));

        Assert.Equal(360, paused.SecondsLeft);
        Assert.Equal(Given.Now.AddHours(1).AddSeconds(360), resumed.PhaseDeadline);
        Assert.Equal(RuleViolationReason.RoundPaused,
            Assert.Throws<RuleViolation>(() => AdvancePhase.Decide(session, new AdvancePhase(session.Id, round.Id, null, Actor.Operator), Given.Now)).Reason);
    }

    [Fact]
    public void One_round_runs_at_a_time_and_a_plan_goes_through_each_phase_once()
    {
        var session = Given.RunningSession(new PhasePlan(Phase.Statements, null));
        var twice = Given.RunningSession();

        Assert.Equal(RuleViolationReason.RoundAlreadyOpen, Assert.Throws<RuleViolation>(() =>
            OpenRound.Decide(session, new OpenRound(session.Id, session.Agenda[0].Id, Guid.NewGuid(), [], Actor.Operator), Given.Now)).Reason);
        Assert.Equal(RuleViolationReason.InvalidPhasePlan, Assert.Throws<RuleViolation>(() =>
            OpenRound.Decide(twice, new OpenRound(twice.Id, twice.Agenda[0].Id, Guid.NewGuid(),
                [new PhasePlan(Phase.Voting, null), new PhasePlan(Phase.Voting, null)], Actor.Operator), Given.Now)).Reason);
    }

    [Fact]
    public void An_agenda_item_moves_to_its_new_place_and_past_the_end_means_last()
    {
        var session = Given.RunningSession();
        session = session.Apply(new AgendaItemAdded(session.Id, Guid.NewGuid(), LocalizedText.Of(("en", "Second")), null, null, Actor.Operator, Given.Now))
            .Apply(new AgendaItemAdded(session.Id, Guid.NewGuid(), LocalizedText.Of(("en", "Third")), null, null, Actor.Operator, Given.Now));
        var (first, third) = (session.Agenda[0], session.Agenda[2]);

        session = session.Apply(MoveAgendaItem.Decide(session, new MoveAgendaItem(session.Id, third.Id, 0, Actor.Operator), Given.Now));
        session = session.Apply(MoveAgendaItem.Decide(session, new MoveAgendaItem(session.Id, first.Id, 99, Actor.Operator), Given.Now));

        Assert.Equal(["Third", "Second", "Item"], session.Agenda.Select(i => i.Title.Texts["en"]));
    }

    [Fact]
    public void The_phase_gate_lets_an_action_through_only_in_its_phase_of_a_running_round()
    {
        var session = Given.RunningSession(new PhasePlan(Phase.Submission, null), new PhasePlan(Phase.Voting, null));

        PhaseGate.Require(session, Phase.Submission);
        Assert.Equal(RuleViolationReason.PhaseNotOpen, Assert.Throws<RuleViolation>(() => PhaseGate.Require(session, Phase.Voting)).Reason);
        Assert.Equal(RuleViolationReason.PhaseNotOpen, Assert.Throws<RuleViolation>(() => PhaseGate.Require(Given.RunningSession(), Phase.Submission)).Reason);
    }
}
