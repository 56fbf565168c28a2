using Deliberation.Domain.Ballots;
using Deliberation.Domain.Ballots.WithdrawVote;
using Deliberation.Domain.Common;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Tests.Ballots;

public class WithdrawVoteTests
{
    private readonly Domain.Sessions.Session session = Given.VotingSession();

    [Fact]
    public void A_standing_vote_is_withdrawn_where_changes_are_allowed_and_then_no_choice_stands()
    {
        var ballot = Given.OpenBallot(session, changesAllowed: true);
        var earlier = Given.Vote(ballot, Given.Arta, MotionChoice.No);

        var withdrawn = WithdrawVote.Decide(ballot, session, Given.ElectorateOf(ballot), earlier, new WithdrawVote(ballot.Id, Given.Arta), Given.Now);

        Assert.Equal(new VoteWithdrawn(earlier.Id, Given.Now, ballot.Id, Given.Arta, session.Id), withdrawn);
        Assert.False(earlier.Apply(withdrawn).Stands);
    }

    [Fact]
    public void A_vote_cannot_be_withdrawn_where_changes_are_not_allowed()
    {
        var ballot = Given.OpenBallot(session);

        Assert.Equal(RuleViolationReason.VoteChangeNotAllowed, Refusal(ballot, Given.Vote(ballot, Given.Arta, MotionChoice.No)));
    }

    [Fact]
    public void Without_a_standing_vote_there_is_nothing_to_withdraw()
    {
        var ballot = Given.OpenBallot(session, changesAllowed: true);
        var withdrawn = Given.Vote(ballot, Given.Arta, MotionChoice.No).Apply(new VoteWithdrawn(Vote.IdFor(ballot.Id, Given.Arta), Given.Now, ballot.Id, Given.Arta, session.Id));

        Assert.Equal(RuleViolationReason.NoVoteToWithdraw, Refusal(ballot, null));
        Assert.Equal(RuleViolationReason.NoVoteToWithdraw, Refusal(ballot, withdrawn));
    }

    private RuleViolationReason Refusal(Ballot ballot, Vote? earlier) =>
        Assert.Throws<RuleViolation>(() =>
            WithdrawVote.Decide(ballot, session, Given.ElectorateOf(ballot), earlier, new WithdrawVote(ballot.Id, Given.Arta), Given.Now)).Reason;
}
