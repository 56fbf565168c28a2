using Deliberation.Tally.Choices;
using static Deliberation.Tally.Tests.Choices.Profiles;

namespace Deliberation.Tally.Tests.Choices;

public class ChoiceRuleTests
{
    [Fact]
    public void Approval_counts_weighted_approvals_and_reports_an_unresolved_tie()
    {
        var result = Approval.Tally(["a", "b", "c"], [ApprovalBallot.Of("a", "b"), ApprovalBallot.Of("b", "a"), ApprovalBallot.Of("c")]);

        Assert.Equal(["a", "b"], result.Winners);
        Assert.StartsWith("Tied: a and b have the most approvals, 2 each", result.Text);
    }

    [Fact]
    public void A_stated_priority_order_settles_a_tie_and_the_text_says_so()
    {
        var result = Plurality.Tally(["a", "b"], [new PluralityBallot("a"), new PluralityBallot("b")], TieBreak.ByPriority("b", "a"));

        Assert.Equal("b", result.Winner);
        var tie = Assert.Single(result.Ties);
        Assert.Equal(("winner", "b", TieMethod.Priority), (tie.Stage, tie.Chosen, tie.By));
        Assert.Equal(["a", "b"], tie.Tied);
        Assert.Contains("settled by the stated priority order", result.Text);
    }

    [Fact]
    public void Borda_gives_half_points_for_ties_and_for_options_left_unranked()
    {
        // 4 options; "a>b=c" leaves d unranked: a 3, b 1.5, c 1.5, d 0.
        var result = Borda.Tally(["a", "b", "c", "d"], [R(1, "a>b=c")]);

        Assert.Equal([3m, 1.5m, 1.5m, 0m], result.Detail.Totals.Select(t => t.Total));
    }

    [Fact]
    public void Instant_runoff_breaks_an_elimination_tie_by_the_earlier_round()
    {
        RankedBallot[] ballots = [R(5, "a"), R(4, "b"), R(3, "c>b"), R(1, "d>c"), R(1, "e>b")];
        // Round 1: a5 b4 c3 d1 e1 -> d and e tie, no earlier round: batch elimination without a tie-break.
        var result = InstantRunoff.Tally(["a", "b", "c", "d", "e"], ballots);

        Assert.Equal(["d", "e"], result.Detail.Rounds[0].Eliminated);
        // Round 2: a5 b5 c4 -> c out, 3 to b: b wins 8 of 13.
        Assert.Equal("b", result.Winner);
        Assert.False(result.Ties[0].Resolved);
    }

    [Fact]
    public void Instant_runoff_uses_the_earlier_rounds_before_the_tie_break()
    {
        RankedBallot[] ballots = [R(7, "a"), R(5, "b"), R(4, "c"), R(1, "d>c")];
        // Round 2: a 7, b 5, c 5: b and c tie; in round 1 c had 4 < b 5, so c is eliminated.
        var result = InstantRunoff.Tally(["a", "b", "c", "d"], ballots, TieBreak.ByLot("irrelevant"));

        Assert.Equal(["c"], result.Detail.Rounds[1].Eliminated);
        Assert.Equal(TieMethod.EarlierRounds, Assert.Single(result.Ties).By);
    }

    [Fact]
    public void Instant_runoff_with_two_options_tied_is_irresolute_without_a_tie_break()
    {
        var result = InstantRunoff.Tally(["a", "b"], [R(1, "a"), R(1, "b")]);

        Assert.Equal(["a", "b"], result.Winners);
        Assert.StartsWith("Tied: a and b", result.Text);
    }

    [Fact]
    public void Exhausted_ballots_leave_the_majority_base()
    {
        // a 4, b 3, c 2 (c>nothing) -> c out, its 2 ballots exhaust; a wins 4 of 7 continuing.
        var result = InstantRunoff.Tally(["a", "b", "c"], [R(4, "a"), R(3, "b"), R(2, "c")]);

        Assert.Equal("a", result.Winner);
        Assert.Equal(2, result.Detail.Rounds[1].Exhausted);
        Assert.Equal([new VoteTransfer("c", null, 2)], result.Detail.Rounds[0].Transfers);
    }
}
