using Deliberation.Tally.Motions;
using static Deliberation.Tally.Tests.Motions.MotionBallots;

namespace Deliberation.Tally.Tests.Motions;

public class MotionRuleTests
{
    // Robert's Rules of Order Newly Revised (12th ed.), 44:1-44:4: a majority is "more than half of the votes cast",
    // a two-thirds vote is "at least two thirds of the votes cast", and abstentions are not votes.
    [Fact]
    public void Two_thirds_of_votes_cast_is_met_exactly_at_two_thirds_and_ignores_abstentions()
    {
        var rule = MotionRule.TwoThirds(MotionBase.VotesCast);

        Assert.True(Motion.Tally(Of(yes: 20, no: 10, abstain: 50), rule).Adopted);
        Assert.False(Motion.Tally(Of(yes: 19, no: 10, abstain: 0), rule).Adopted);
    }

    [Fact]
    public void Two_thirds_compares_exactly_where_floating_point_would_round()
    {
        // 2/3 of 3 is 2, but 2.0 / 3 * 3 is not 2 in binary floating point; the comparison is yes*3 >= base*2.
        var t = Motion.Tally(Of(yes: 2, no: 1), MotionRule.TwoThirds(MotionBase.VotesCast));

        Assert.True(t.Adopted);
        Assert.Equal(3, t.Base);
    }

    [Fact]
    public void Counting_abstentions_in_the_base_lets_them_act_as_no()
    {
        var ballots = Of(yes: 5, no: 3, abstain: 3);

        Assert.True(Motion.Tally(ballots, MotionRule.SimpleMajority).Adopted);
        var withAbstentions = Motion.Tally(ballots, new MotionRule(Threshold.Majority, MotionBase.VotesCastWithAbstentions));
        Assert.False(withAbstentions.Adopted);
        Assert.Equal(11, withAbstentions.Base);
    }

    [Fact]
    public void An_absolute_majority_is_measured_against_all_eligible_members()
    {
        var ballots = Of(yes: 40, no: 10);

        var t = Motion.Tally(ballots, MotionRule.AbsoluteMajority, new Electorate(Eligible: 120));

        Assert.False(t.Adopted);
        Assert.Equal(120, t.Base);
        Assert.Contains("eligible members", t.Text);
        Assert.True(Motion.Tally(Of(yes: 61, no: 0), MotionRule.AbsoluteMajority, new Electorate(120)).Adopted);
    }

    [Fact]
    public void A_base_of_those_present_counts_members_who_did_not_vote()
    {
        var rule = new MotionRule(Threshold.Majority, MotionBase.Present);

        var t = Motion.Tally(Of(yes: 6, no: 2), rule, new Electorate(Eligible: 30, Present: 13));

        Assert.False(t.Adopted);
        Assert.Equal(13, t.Base);
    }

    [Fact]
    public void Three_quarters_and_unanimity_have_their_stated_thresholds()
    {
        Assert.True(Motion.Tally(Of(yes: 3, no: 1), MotionRule.ThreeQuarters(MotionBase.VotesCast)).Adopted);
        Assert.False(Motion.Tally(Of(yes: 5, no: 2), MotionRule.ThreeQuarters(MotionBase.VotesCast)).Adopted);
        Assert.True(Motion.Tally(Of(yes: 9, no: 0, abstain: 2), MotionRule.Unanimity(MotionBase.VotesCast)).Adopted);
        Assert.False(Motion.Tally(Of(yes: 9, no: 0, abstain: 2), MotionRule.Unanimity(MotionBase.VotesCastWithAbstentions)).Adopted);
    }

    [Fact]
    public void Any_fraction_can_be_stated_as_more_than_or_at_least()
    {
        Assert.False(Motion.Tally(Of(yes: 3, no: 2), new MotionRule(Threshold.MoreThan(3, 5), MotionBase.VotesCast)).Adopted);
        Assert.True(Motion.Tally(Of(yes: 3, no: 2), new MotionRule(Threshold.AtLeast(3, 5), MotionBase.VotesCast)).Adopted);
    }

    [Fact]
    public void Without_quorum_nothing_is_decided_even_when_all_vote_yes()
    {
        var rule = MotionRule.SimpleMajority with { Quorum = Quorum.OfShare(1, 2) };

        var t = Motion.Tally(Of(yes: 10, no: 0), rule, new Electorate(Eligible: 30));

        Assert.Equal(MotionOutcome.NoQuorum, t.Outcome);
        Assert.Equal(new QuorumCheck(15, 10, QuorumBasis.BallotsCast, false), t.Quorum);
        Assert.StartsWith("Not decided: no quorum", t.Text);
    }

    [Fact]
    public void A_quorum_counts_abstentions_as_taking_part()
    {
        var rule = MotionRule.SimpleMajority with { Quorum = Quorum.OfCount(10) };

        Assert.True(Motion.Tally(Of(yes: 5, no: 1, abstain: 4), rule).Adopted);
    }

    [Fact]
    public void A_tie_fails_by_default()
    {
        var t = Motion.Tally(Of(yes: 4, no: 4), MotionRule.SimpleMajority);

        Assert.True(t.Tied);
        Assert.Equal(MotionOutcome.Rejected, t.Outcome);
        Assert.Contains("a tie fails", t.Text);
    }

    [Fact]
    public void A_tie_goes_to_the_chairs_casting_vote_or_waits_for_it()
    {
        var ballots = Of(yes: 4, no: 4);

        Assert.True(Motion.Tally(ballots, MotionRule.SimpleMajority with { Tie = MotionTieBreak.Chair(MotionChoice.Yes) }).Adopted);
        Assert.Equal(MotionOutcome.Rejected, Motion.Tally(ballots, MotionRule.SimpleMajority with { Tie = MotionTieBreak.Chair(MotionChoice.No) }).Outcome);
        Assert.Equal(MotionOutcome.AwaitingChair, Motion.Tally(ballots, MotionRule.SimpleMajority with { Tie = MotionTieBreak.Chair(null) }).Outcome);
    }

    [Fact]
    public void A_tie_decided_by_lot_follows_the_published_sha256_tickets()
    {
        foreach (var seed in new[] { "session-7 2025-03-01", "another seed", "x" })
        {
            var t = Motion.Tally(Of(yes: 4, no: 4), MotionRule.SimpleMajority with { Tie = MotionTieBreak.ByLot(seed) });
            var adoptWins = string.CompareOrdinal(Lot.Ticket(seed, "adopt"), Lot.Ticket(seed, "reject")) < 0;
            Assert.Equal(adoptWins, t.Adopted);
            Assert.Contains($"seed \"{seed}\"", t.Text);
        }
    }

    [Fact]
    public void Weights_count_as_that_many_votes_and_may_be_fractional()
    {
        var ballots = new[] { new MotionBallot(MotionChoice.Yes, 2.5m), new MotionBallot(MotionChoice.No, 2.4m) };

        var t = Motion.Tally(ballots, MotionRule.SimpleMajority);

        Assert.True(t.Adopted);
        Assert.Equal(4.9m, t.Base);
    }

    [Fact]
    public void Nobody_voting_yes_never_adopts_even_under_a_zero_threshold()
    {
        Assert.False(Motion.Tally(Of(yes: 0, no: 0, abstain: 3), new MotionRule(Threshold.AtLeast(0, 1), MotionBase.VotesCast)).Adopted);
    }
}
