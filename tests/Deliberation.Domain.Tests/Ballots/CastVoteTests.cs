using Deliberation.Domain.Access;
using Deliberation.Domain.Ballots;
using Deliberation.Domain.Ballots.CastVote;
using Deliberation.Domain.Ballots.CloseBallot;
using Deliberation.Domain.Common;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Tests.Ballots;

public class CastVoteTests
{
    [Fact]
    public void A_first_vote_on_an_open_ballot_is_cast_into_the_voters_own_stream()
    {
        var ballot = Given.OpenBallot();
        var command = new CastVote(ballot.Id, Given.Arta, MotionChoice.Yes);

        var cast = CastVote.Decide(ballot, Given.Session("en"), null, command, Given.Now);

        Assert.Equal(new VoteCast(Vote.IdFor(ballot.Id, Given.Arta), ballot.Id, Given.Arta, MotionChoice.Yes, Given.Now), cast);
    }

    [Fact]
    public void A_vote_on_a_closed_ballot_is_refused()
    {
        var ballot = Given.OpenBallot();
        ballot = ballot.Apply(CloseBallot.Decide(ballot, Given.Session("en"), [], new CloseBallot(ballot.Id, Actor.Operator), Given.Now));

        var error = Assert.Throws<RuleViolation>(() => CastVote.Decide(ballot, Given.Session("en"), null, new CastVote(ballot.Id, Given.Arta, MotionChoice.Yes), Given.Now));

        Assert.Equal(RuleViolationReason.BallotClosed, error.Reason);
    }

    [Fact]
    public void A_second_vote_by_the_same_voter_is_refused()
    {
        var ballot = Given.OpenBallot();
        var earlier = Given.Vote(ballot, Given.Arta, MotionChoice.No);

        var error = Assert.Throws<RuleViolation>(() => CastVote.Decide(ballot, Given.Session("en"), earlier, new CastVote(ballot.Id, Given.Arta, MotionChoice.Yes), Given.Now));

        Assert.Equal(RuleViolationReason.AlreadyVoted, error.Reason);
    }

    [Fact]
    public void Each_voter_has_one_vote_stream_per_ballot_and_no_two_share_one()
    {
        var ballot = Guid.NewGuid();

        Assert.Equal(Vote.IdFor(ballot, Given.Arta), Vote.IdFor(ballot, Given.Arta));
        Assert.NotEqual(Vote.IdFor(ballot, Given.Arta), Vote.IdFor(ballot, Given.Milan));
        Assert.NotEqual(Vote.IdFor(ballot, Given.Arta), Vote.IdFor(Guid.NewGuid(), Given.Arta));
    }
}
