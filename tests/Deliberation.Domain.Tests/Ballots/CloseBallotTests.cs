using Deliberation.Domain.Access;
using Deliberation.Domain.Ballots;
using Deliberation.Domain.Ballots.CloseBallot;
using Deliberation.Domain.Common;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Tests.Ballots;

public class CloseBallotTests
{
    [Fact]
    public void Closing_tallies_every_vote_cast_by_the_ballots_rule()
    {
        var ballot = Given.OpenBallot();
        Vote[] votes = [Given.Vote(ballot, Given.Arta, MotionChoice.Yes), Given.Vote(ballot, Given.Milan, MotionChoice.No), Given.Vote(ballot, Given.Drita, MotionChoice.No)];

        var closed = CloseBallot.Decide(ballot, Given.Session("en"), votes, new CloseBallot(ballot.Id, Actor.Operator), Given.Now);

        Assert.Equal(SimpleMajority.Tally([MotionChoice.Yes, MotionChoice.No, MotionChoice.No]), closed.Result);
        Assert.False(closed.Result.Adopted);
        var after = ballot.Apply(closed);
        Assert.Equal((BallotStatus.Closed, Given.Now, closed.Result), (after.Status, after.ClosedAt, after.Result));
    }

    [Fact]
    public void A_withdrawn_vote_is_not_counted()
    {
        var ballot = Given.OpenBallot();
        var withdrawn = Given.Vote(ballot, Given.Arta, MotionChoice.Yes)
            .Apply(new Domain.Ballots.WithdrawVote.VoteWithdrawn(Vote.IdFor(ballot.Id, Given.Arta), Given.Now));

        var closed = CloseBallot.Decide(ballot, Given.Session("en"), [withdrawn, Given.Vote(ballot, Given.Milan, MotionChoice.No)],
            new CloseBallot(ballot.Id, Actor.Operator), Given.Now);

        Assert.Equal(SimpleMajority.Tally([MotionChoice.No]), closed.Result);
    }

    [Fact]
    public void A_closed_ballot_cannot_be_closed_again()
    {
        var ballot = Given.OpenBallot();
        ballot = ballot.Apply(CloseBallot.Decide(ballot, Given.Session("en"), [], new CloseBallot(ballot.Id, Actor.Operator), Given.Now));

        var error = Assert.Throws<RuleViolation>(() => CloseBallot.Decide(ballot, Given.Session("en"), [], new CloseBallot(ballot.Id, Actor.Operator), Given.Now));

        Assert.Equal(RuleViolationReason.BallotClosed, error.Reason);
    }

    [Fact]
    public void Votes_of_another_ballot_are_never_counted()
    {
        var ballot = Given.OpenBallot();
        var stray = Given.Vote(Given.OpenBallot(), Given.Arta, MotionChoice.Yes);

        Assert.Throws<ArgumentException>(() => CloseBallot.Decide(ballot, Given.Session("en"), [stray], new CloseBallot(ballot.Id, Actor.Operator), Given.Now));
    }
}
