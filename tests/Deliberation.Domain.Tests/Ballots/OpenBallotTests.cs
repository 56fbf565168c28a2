using Deliberation.Domain.Access;
using Deliberation.Domain.Ballots;
using Deliberation.Domain.Ballots.OpenBallot;
using Deliberation.Domain.Common;
using Deliberation.Domain.Participants;
using Deliberation.Domain.Sessions.Agenda;

namespace Deliberation.Domain.Tests.Ballots;

public class OpenBallotTests
{
    [Fact]
    public void A_ballot_opens_in_the_voting_round_with_every_participant_who_may_vote_then_as_its_electorate()
    {
        var session = Given.VotingSession();
        var proposal = Given.Proposal(session);
        Participant voter = Join(session, Role.Participant, true), votingModerator = Join(session, Role.Moderator, true);
        Participant[] others = [Join(session, Role.Participant, false), Join(session, Role.Moderator, false), Join(session, Role.Observer, false)];
        var command = new OpenBallot(Guid.NewGuid(), proposal.Id, BallotSecrecy.Public, ChangesAllowed: true, Given.Now.AddMinutes(5), Actor.Operator);

        var opened = OpenBallot.Decide(proposal, session, [voter, .. others, votingModerator], command, Given.Now);

        Assert.Equal((command.BallotId, session.Id, proposal.Id, session.CurrentRound!.Id, BallotRule.SimpleMajority, true),
            (opened.BallotId, opened.SessionId, opened.ProposalId, opened.RoundId, opened.Rule, opened.ChangesAllowed));
        Assert.Equal(Given.Now.AddMinutes(5), Ballot.Create(opened).DueAt);
        Assert.Equal([voter.Id, votingModerator.Id], opened.Electorate.Select(e => e.ParticipantId));
        Assert.All(opened.Electorate, e => Assert.Equal(1, e.Weight));
    }

    [Fact]
    public void A_ballot_opens_only_in_a_voting_phase()
    {
        var session = Given.RunningSession(new PhasePlan(Phase.Deliberation, null), new PhasePlan(Phase.Voting, null));
        var proposal = Given.Proposal(session);

        var error = Assert.Throws<RuleViolation>(() => OpenBallot.Decide(proposal, session, [], new OpenBallot(Guid.NewGuid(), proposal.Id, BallotSecrecy.Public, false, null, Actor.Operator), Given.Now));

        Assert.Equal(RuleViolationReason.PhaseNotOpen, error.Reason);
    }

    [Fact]
    public void A_deadline_must_be_in_the_future()
    {
        var session = Given.VotingSession();
        var proposal = Given.Proposal(session);
        var command = new OpenBallot(Guid.NewGuid(), proposal.Id, BallotSecrecy.Public, false, Given.Now, Actor.Operator);

        Assert.Equal(RuleViolationReason.DeadlinePassed, Assert.Throws<RuleViolation>(() => OpenBallot.Decide(proposal, session, [], command, Given.Now)).Reason);
    }

    [Fact]
    public void A_ballot_on_a_proposal_that_does_not_exist_is_not_found()
    {
        var command = new OpenBallot(Guid.NewGuid(), Guid.NewGuid(), BallotSecrecy.Public, false, null, Actor.Operator);

        Assert.Equal("proposal", Assert.Throws<NotFound>(() => OpenBallot.Decide(null, Given.VotingSession(), [], command, Given.Now)).Kind);
    }

    private static Participant Join(Domain.Sessions.Session session, Role role, bool voting) =>
        Participant.Create(new ParticipantJoined(Guid.NewGuid(), session.Id, Guid.NewGuid(), "p", false, role, voting, new Dictionary<string, string>(), Given.Now));
}
