using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Tests.Sessions;

public class SessionLifecycleTests
{
    [Theory]
    [InlineData(SessionStatus.Draft, SessionStatus.Open)]
    [InlineData(SessionStatus.Open, SessionStatus.InProgress)]
    [InlineData(SessionStatus.InProgress, SessionStatus.Adjourned)]
    [InlineData(SessionStatus.Adjourned, SessionStatus.InProgress)]
    [InlineData(SessionStatus.InProgress, SessionStatus.Closed)]
    [InlineData(SessionStatus.Closed, SessionStatus.Archived)]
    public void A_session_moves_on_in_its_order(SessionStatus from, SessionStatus to) =>
        Assert.True(SessionLifecycle.CanChange(from, to));

    [Theory]
    [InlineData(SessionStatus.Draft, SessionStatus.InProgress)]
    [InlineData(SessionStatus.Open, SessionStatus.Adjourned)]
    [InlineData(SessionStatus.Closed, SessionStatus.InProgress)]
    [InlineData(SessionStatus.Archived, SessionStatus.Closed)]
    [InlineData(SessionStatus.Open, SessionStatus.Draft)]
    public void A_session_never_skips_a_step_nor_goes_back(SessionStatus from, SessionStatus to)
    {
        var session = Given.SessionIn(PathTo(from));

        var error = Assert.Throws<RuleViolation>(() => ChangeSessionStatus.Decide(session, new ChangeSessionStatus(session.Id, to, Actor.Operator), Given.Now));

        Assert.Equal(RuleViolationReason.SessionStatusChangeNotAllowed, error.Reason);
    }

    [Fact]
    public void Closing_a_session_closes_its_current_round()
    {
        var session = Given.RunningSession(new PhasePlan(Phase.Statements, null));

        var events = ChangeSessionStatus.Decide(session, new ChangeSessionStatus(session.Id, SessionStatus.Closed, Actor.Operator), Given.Now);

        Assert.IsType<RoundClosed>(events[0]);
        Assert.Null(events.Aggregate(session, (s, e) => e switch { RoundClosed c => s.Apply(c), SessionStatusChanged c => s.Apply(c), _ => s }).CurrentRound);
    }

    [Fact]
    public void Adjourning_stops_the_clock_of_the_current_phase_with_what_is_left_of_it()
    {
        var session = Given.RunningSession(new PhasePlan(Phase.Statements, 300));

        var events = ChangeSessionStatus.Decide(session, new ChangeSessionStatus(session.Id, SessionStatus.Adjourned, Actor.Operator), Given.Now.AddSeconds(100));
        var paused = Assert.IsType<RoundPaused>(events[0]);
        var after = session.Apply(paused).Apply((SessionStatusChanged)events[1]);

        Assert.Equal(200, paused.SecondsLeft);
        Assert.Null(after.NextDeadline);
    }

    [Fact]
    public void Nobody_joins_a_draft_and_nothing_changes_in_a_closed_session()
    {
        Assert.Equal(RuleViolationReason.SessionNotOpen, Assert.Throws<RuleViolation>(() => SessionLifecycle.RequireJoinable(Given.SessionIn())).Reason);
        Assert.Equal(RuleViolationReason.SessionClosed,
            Assert.Throws<RuleViolation>(() => SessionLifecycle.RequireChangeable(Given.SessionIn(SessionStatus.Closed))).Reason);
    }

    private static SessionStatus[] PathTo(SessionStatus status) => status switch
    {
        SessionStatus.Draft => [],
        SessionStatus.Open => [SessionStatus.Open],
        SessionStatus.Closed => [SessionStatus.Closed],
        SessionStatus.Archived => [SessionStatus.Closed, SessionStatus.Archived],
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
