using Deliberation.Tally.Groups;
using Deliberation.Tally.Motions;
using static Deliberation.Tally.Groups.ConsentChoice;

namespace Deliberation.Tally.Tests.Groups;

public class ConsentTests
{
    private static IEnumerable<ConsentBallot> Many(ConsentChoice choice, int count, params string[] groups) =>
        Enumerable.Repeat(new ConsentBallot(choice, 1, groups), count);

    [Fact]
    public void Stand_asides_do_not_stop_a_decision_but_any_block_does()
    {
        var ballots = Many(Consent, 8).Concat(Many(StandAside, 3)).ToList();

        Assert.True(ConsentDecision.Tally(ballots, ConsentRule.AnyBlock).Adopted);
        var blocked = ConsentDecision.Tally([.. ballots, new ConsentBallot(Block)], ConsentRule.AnyBlock);
        Assert.Equal(ConsentOutcome.Blocked, blocked.Outcome);
        Assert.StartsWith("Blocked: 1 blocks reached the limit of 1", blocked.Text);
    }

    [Fact]
    public void With_a_limit_of_three_two_blocks_are_recorded_but_do_not_stop_it()
    {
        var ballots = Many(Consent, 8).Concat(Many(Block, 2)).ToList();

        var result = ConsentDecision.Tally(ballots, ConsentRule.BlocksFrom(3));

        Assert.True(result.Adopted);
        Assert.Equal(2, result.Block);
        Assert.False(ConsentDecision.Tally([.. ballots, new ConsentBallot(Block)], ConsentRule.BlocksFrom(3)).Adopted);
    }

    [Fact]
    public void A_block_from_within_one_community_stops_it_when_the_rule_gives_each_group_a_veto()
    {
        var ballots = Many(Consent, 10, "Albanian").Concat(Many(Consent, 4, "Serb")).Concat(Many(Block, 1, "Serb")).ToList();

        var result = ConsentDecision.Tally(ballots, ConsentRule.GroupVeto(blocks: 1, overall: 3));

        Assert.Equal(ConsentOutcome.Blocked, result.Outcome);
        Assert.False(result.StoppedOverall);
        Assert.Equal(["Serb"], result.StoppingGroups);
        Assert.Equal(new GroupPositions("Serb", 4, 0, 1, true), result.Groups.Single(g => g.Group == "Serb"));
    }

    [Fact]
    public void A_group_veto_can_be_limited_to_listed_groups()
    {
        var ballots = Many(Consent, 10, "panelist").Concat(Many(Block, 1, "audience")).ToList();

        var result = ConsentDecision.Tally(ballots, ConsentRule.GroupVeto(blocks: 1, overall: 5, groups: ["panelist"]));

        Assert.True(result.Adopted);
    }

    [Fact]
    public void Everyone_standing_aside_is_not_consent()
    {
        Assert.Equal(ConsentOutcome.NoConsent, ConsentDecision.Tally(Many(StandAside, 4).ToList(), ConsentRule.AnyBlock).Outcome);
    }

    [Fact]
    public void A_quorum_applies_to_consent_too()
    {
        var rule = ConsentRule.AnyBlock with { Quorum = Quorum.OfShare(2, 3) };

        var result = ConsentDecision.Tally(Many(Consent, 5).ToList(), rule, new Electorate(Eligible: 9));

        Assert.Equal(ConsentOutcome.NoQuorum, result.Outcome);
    }

    [Fact]
    public void A_weighted_block_counts_its_weight_against_the_limit()
    {
        var result = ConsentDecision.Tally([new ConsentBallot(Consent, 5), new ConsentBallot(Block, 2)], ConsentRule.BlocksFrom(2));

        Assert.False(result.Adopted);
    }

    [Fact]
    public void An_unknown_choice_names_its_ballot()
    {
        var error = Assert.Throws<TallyInputError>(() => ConsentDecision.Tally([new ConsentBallot(Consent), new ConsentBallot((ConsentChoice)9)], ConsentRule.AnyBlock));

        Assert.Equal("ballots[1].choice", Assert.Single(error.Violations).Path);
    }
}
