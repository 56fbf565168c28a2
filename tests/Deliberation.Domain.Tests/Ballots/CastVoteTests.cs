using Deliberation.Domain.Access;
using Deliberation.Domain.Ballots;
using Deliberation.Domain.Ballots.CastVote;
using Deliberation.Domain.Ballots.CloseBallot;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions.Agenda;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Tests.Ballots;

public class CastVoteTests
{
    private readonly Domain.Sessions.Session session = Given.VotingSession();

    [Fact]
    public void A_first_vote_on_an_open_ballot_is_cast_into_the_voters_own_stream_with_its_receipt()
    {
        var ballot = Given.OpenBallot(session);
        var command = new CastVote(ballot.Id, Given.Arta, MotionChoice.Yes);

        var cast = CastVote.Decide(ballot, session, Given.ElectorateOf(ballot), null, command, () => VotePaper.Open(new(MotionChoice.Yes, null, "R1")), Given.Now);

        Assert.Equal(new VoteCast(Vote.IdFor(ballot.Id, Given.Arta), ballot.Id, Given.Arta, VotePaper.Open(new(MotionChoice.Yes, null, "R1")), Given.Now, session.Id), cast);
    }

    [Fact]
    public void A_vote_on_a_closed_ballot_is_refused()
    {
        var ballot = Given.OpenBallot(session);
        ballot = ballot.Apply(CloseBallot.Decide(ballot, session, Given.ElectorateOf(ballot), [], _ => throw new InvalidOperationException(), new CloseBallot(ballot.Id, Actor.Operator), Given.Now));

        Assert.Equal(RuleViolationReason.BallotClosed, Refusal(ballot, null, Given.Arta));
    }

    [Fact]
    public void A_vote_after_the_voting_phase_has_ended_is_refused()
    {
        var ballot = Given.OpenBallot(session);
        var round = session.CurrentRound!;
        var later = session.Apply(new PhaseAdvanced(session.Id, round.Id, round.PhaseIndex + 1, Phase.Closed, null, Actor.Operator, Given.Now));

        var error = Assert.Throws<RuleViolation>(() =>
            CastVote.Decide(ballot, later, Given.ElectorateOf(ballot), null, new CastVote(ballot.Id, Given.Arta, MotionChoice.Yes), () => VotePaper.Open(new(MotionChoice.Yes, null, "R")), Given.Now));

        Assert.Equal(RuleViolationReason.PhaseNotOpen, error.Reason);
    }

    [Fact]
    public void A_participant_who_was_not_a_voter_when_the_ballot_opened_is_refused()
    {
        var ballot = Given.OpenBallot(session);

        Assert.Equal(RuleViolationReason.NotInElectorate, Refusal(ballot, null, Guid.NewGuid()));
    }

    [Fact]
    public void A_second_vote_by_the_same_voter_is_refused_where_changes_are_not_allowed()
    {
        var ballot = Given.OpenBallot(session);

        Assert.Equal(RuleViolationReason.AlreadyVoted, Refusal(ballot, Given.Vote(ballot, Given.Arta, MotionChoice.No), Given.Arta));
    }

    [Fact]
    public void A_second_vote_changes_the_first_where_changes_are_allowed_and_comes_with_a_new_receipt()
    {
        var ballot = Given.OpenBallot(session, changesAllowed: true);
        var earlier = Given.Vote(ballot, Given.Arta, MotionChoice.No);

        var paper = VotePaper.Open(new(MotionChoice.Yes, null, "R2"));

        var changed = CastVote.Decide(ballot, session, Given.ElectorateOf(ballot), earlier, new CastVote(ballot.Id, Given.Arta, MotionChoice.Yes), () => paper, Given.Now);

        Assert.Equal(new VoteChanged(earlier.Id, paper, Given.Now, ballot.Id, Given.Arta, session.Id), changed);
        Assert.Equal(paper, earlier.Apply((VoteChanged)changed).Paper);
    }

    [Fact]
    public void A_secret_ballots_record_takes_only_sealed_papers_and_a_public_ones_only_papers_in_the_clear()
    {
        var secret = Given.OpenBallot(session, secrecy: BallotSecrecy.Secret);
        var open = Given.OpenBallot(session);
        var command = new CastVote(secret.Id, Given.Arta, MotionChoice.Yes);

        var cast = (VoteCast)CastVote.Decide(secret, session, Given.ElectorateOf(secret), null, command, () => VotePaper.Sealing("sealed"), Given.Now);

        Assert.Equal((null, null, "sealed"), (cast.Paper.Choice, cast.Paper.Receipt, cast.Paper.Sealed));
        Assert.Throws<ArgumentException>(() => CastVote.Decide(secret, session, Given.ElectorateOf(secret), null, command, () => VotePaper.Open(new(MotionChoice.Yes, null, "R")), Given.Now));
        Assert.Throws<ArgumentException>(() =>
            CastVote.Decide(open, session, Given.ElectorateOf(open), null, command with { BallotId = open.Id }, () => VotePaper.Sealing("sealed"), Given.Now));
    }

    [Fact]
    public void Each_voter_has_one_vote_stream_per_ballot_and_no_two_share_one()
    {
        var ballot = Guid.NewGuid();

        Assert.Equal(Vote.IdFor(ballot, Given.Arta), Vote.IdFor(ballot, Given.Arta));
        Assert.NotEqual(Vote.IdFor(ballot, Given.Arta), Vote.IdFor(ballot, Given.Milan));
        Assert.NotEqual(Vote.IdFor(ballot, Given.Arta), Vote.IdFor(Guid.NewGuid(), Given.Arta));
    }

    // A refused vote never gets as far as its paper: a closed secret ballot has no key left to seal one with.
    private RuleViolationReason Refusal(Ballot ballot, Vote? earlier, Guid voter) =>
        Assert.Throws<RuleViolation>(() =>
            CastVote.Decide(ballot, session, Given.ElectorateOf(ballot), earlier, new CastVote(ballot.Id, voter, MotionChoice.Yes), NoPaper, Given.Now)).Reason;

    private static VotePaper NoPaper() => throw new InvalidOperationException("A refused vote made a paper.");
}
