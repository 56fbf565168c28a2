using Deliberation.Tally.Groups;
using Deliberation.Tally.Motions;
using static Deliberation.Tally.Tests.Motions.MotionBallots;

namespace Deliberation.Tally.Tests.Groups;

public class MultipleMajorityTests
{
    // Constitution of the Republic of Kosovo, Article 81(1): laws of vital interest need "the majority of the
    // Assembly deputies present and voting" and "the majority of the Assembly deputies present and voting
    // holding seats reserved or guaranteed for representatives of Communities that are not in the majority".
    private static readonly MultipleMajorityRule VitalInterest = new(
        MotionRule.SimpleMajority,
        [new GroupRequirement("non-majority communities", MotionRule.SimpleMajority)]);

    [Fact]
    public void A_law_of_vital_interest_fails_when_the_non_majority_communities_vote_it_down()
    {
        // 120 deputies, 20 in reserved or guaranteed seats. 95 of the majority vote yes; the 20 vote 8 yes, 12 no.
        var ballots = Of(yes: 95, no: 5).Concat(Of(yes: 8, no: 12, abstain: 0, "non-majority communities")).ToList();

        var result = MultipleMajority.Tally(ballots, VitalInterest);

        Assert.True(result.Overall.Adopted);
        Assert.False(result.Adopted);
        Assert.Equal(["non-majority communities"], result.FailedGroups);
        var group = Assert.Single(result.Groups);
        Assert.Equal((8m, 12m, 20m), (group.Tally.Yes, group.Tally.No, group.Tally.Base));
        Assert.StartsWith("Rejected: the threshold failed in non-majority communities", result.Text);
    }

    [Fact]
    public void It_passes_when_both_majorities_hold()
    {
        var ballots = Of(yes: 60, no: 40).Concat(Of(yes: 11, no: 9, abstain: 0, "non-majority communities")).ToList();

        var result = MultipleMajority.Tally(ballots, VitalInterest);

        Assert.True(result.Adopted);
        Assert.True(result.Groups[0].Held);
    }

    [Fact]
    public void Each_group_can_have_its_own_threshold_base_and_quorum()
    {
        var rule = new MultipleMajorityRule(
            MotionRule.SimpleMajority,
            [
                new GroupRequirement("Serb", MotionRule.TwoThirds(MotionBase.VotesCast) with { Quorum = Quorum.OfShare(1, 2) }),
                new GroupRequirement("Albanian", MotionRule.SimpleMajority),
            ]);
        var ballots = Of(yes: 3, no: 1, abstain: 0, "Serb").Concat(Of(yes: 6, no: 4, abstain: 0, "Albanian")).ToList();
        var groups = new Dictionary<string, Electorate> { ["Serb"] = new(Eligible: 10) };

        var result = MultipleMajority.Tally(ballots, rule, groups: groups);

        Assert.False(result.Adopted);
        Assert.Equal(MotionOutcome.NoQuorum, result.Groups[0].Tally.Outcome);
        Assert.True(result.Groups[1].Held);
    }

    [Fact]
    public void A_voter_in_two_listed_groups_counts_in_both()
    {
        var rule = new MultipleMajorityRule(MotionRule.SimpleMajority,
            [new GroupRequirement("women", MotionRule.SimpleMajority), new GroupRequirement("Roma", MotionRule.SimpleMajority)]);
        var ballots = Of(yes: 1, no: 0, abstain: 0, "women", "Roma").Concat(Of(yes: 0, no: 1, abstain: 0, "women")).ToList();

        var result = MultipleMajority.Tally(ballots, rule);

        Assert.Equal(1, result.Groups[1].Tally.Yes);
        Assert.Equal((1m, 1m), (result.Groups[0].Tally.Yes, result.Groups[0].Tally.No));
        Assert.Equal(["women"], result.FailedGroups);
    }

    [Fact]
    public void A_group_listed_twice_is_a_rule_error()
    {
        var rule = new MultipleMajorityRule(MotionRule.SimpleMajority,
            [new GroupRequirement("a", MotionRule.SimpleMajority), new GroupRequirement("a", MotionRule.SimpleMajority)]);

        var error = Assert.Throws<TallyInputError>(() => MultipleMajority.Tally([], rule));

        Assert.Equal("rule.groups[1].group", Assert.Single(error.Violations).Path);
    }
}
