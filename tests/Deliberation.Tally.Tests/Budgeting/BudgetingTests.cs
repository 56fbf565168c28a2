using System.Globalization;
using Deliberation.Tally.Budgeting;
using Deliberation.Tally.Choices;

namespace Deliberation.Tally.Tests.Budgeting;

public class BudgetingTests
{
    // Wikipedia, "Method of Equal Shares", Motivation (after equalshares.net): 51% support 10 red projects,
    // 49% support 10 blue ones, and the money suffices for 10. The greedy rule funds the 10 red projects;
    // the Method of Equal Shares funds 5 red and 5 blue.
    private static readonly Project[] RedAndBlue =
        Enumerable.Range(1, 10).SelectMany(i => new[] { new Project($"red{i}", 100), new Project($"blue{i}", 100) }).ToArray();

    private static readonly ApprovalBallot[] Voters =
    [
        new(Enumerable.Range(1, 10).Select(i => $"red{i}").ToList(), 51),
        new(Enumerable.Range(1, 10).Select(i => $"blue{i}").ToList(), 49),
    ];

    [Fact]
    public void Greedy_funds_only_the_majoritys_projects()
    {
        var result = Greedy.Tally(RedAndBlue, 1000, Voters, TieBreak.ByLot("2025"));

        Assert.Equal(10, result.Funded.Count);
        Assert.All(result.Funded, p => Assert.StartsWith("red", p));
        Assert.Equal(1000, result.Spent);
    }

    [Fact]
    public void Equal_shares_funds_five_red_and_five_blue()
    {
        var result = EqualShares.Tally(RedAndBlue, 1000, Voters, new EqualSharesRule(TieBreak: TieBreak.ByLot("2025")));

        Assert.Equal(5, result.Funded.Count(p => p.StartsWith("red")));
        Assert.Equal(5, result.Funded.Count(p => p.StartsWith("blue")));
        Assert.Equal(1000, result.Spent);
        Assert.Equal(10, result.Detail.InitialShare);
        // Before raising the shares the blue voters (490) could buy only 4; raising the shares bought the fifth.
        Assert.True(result.Detail.FinalShare > result.Detail.InitialShare);
    }

    [Fact]
    public void Without_completion_the_plain_method_leaves_money_unspent()
    {
        var result = EqualShares.Tally(RedAndBlue, 1000, Voters,
            new EqualSharesRule(Completion: EqualSharesCompletion.None, TieBreak: TieBreak.ByLot("2025")));

        Assert.Equal((5, 4), (result.Funded.Count(p => p.StartsWith("red")), result.Funded.Count(p => p.StartsWith("blue"))));
        Assert.Equal(900, result.Spent);
    }

    // Constructed to show the payments: budget 6, three voters with a share of 2 each.
    // A costs 1.5 (approved by voters 0 and 1), B costs 4.5 (approved by all three).
    private static readonly Project[] AB = [new("A", 1.5m), new("B", 4.5m)];
    private static readonly ApprovalBallot[] ThreeVoters = [ApprovalBallot.Of("A", "B"), ApprovalBallot.Of("A", "B"), ApprovalBallot.Of("B")];

    [Fact]
    public void With_approval_utility_voters_short_of_the_equal_share_pay_all_they_have()
    {
        var result = EqualShares.Tally(AB, 6, ThreeVoters, new EqualSharesRule(EqualSharesUtility.Approval, EqualSharesCompletion.None));

        // A first (0.75 each from voters 0 and 1); then B: voters 0 and 1 have only 1.25 left, so they pay
        // it all and voter 2 pays the remaining 2, the largest payment.
        Assert.Equal(["A", "B"], result.Funded);
        var b = result.Detail.Purchases[1];
        Assert.Equal(2, b.MaxPayment);
        Assert.Equal([new VoterPayment(0, 1.25m), new VoterPayment(1, 1.25m), new VoterPayment(2, 2)], b.Payments);
        Assert.All(result.Detail.Voters, v => Assert.Equal(0, v.Left));
    }

    [Fact]
    public void With_cost_utility_the_widely_supported_project_goes_first()
    {
        var result = EqualShares.Tally(AB, 6, ThreeVoters, new EqualSharesRule(EqualSharesUtility.Cost, EqualSharesCompletion.None));

        // B asks 1.5 of each of 3 voters per 4.5 of value (1/3), A 0.75 per 1.5 (1/2): B first; A is then unaffordable.
        Assert.Equal(["B"], result.Funded);
        Assert.Equal([new VoterPayment(0, 1.5m), new VoterPayment(1, 1.5m), new VoterPayment(2, 1.5m)], result.Detail.Purchases[0].Payments);
        Assert.Equal(new VoterBudget(0, 2, 1.5m, 0.5m), result.Detail.Voters[0]);
    }

    // Voters of equal but differently written weights (1 and 1.00) keep their own decimals: the runs share the
    // arithmetic of voters whose money is bit for bit the same, never of voters whose money merely compares
    // equal. Pinned to the last digit and scale, as the straightforward per-voter arithmetic gives them.
    [Fact]
    public void Equal_shares_keeps_the_scale_of_differently_written_weights()
    {
        var result = EqualShares.Tally([new("p0", 7), new("p1", 7), new("p2", 133.5m)], 108.0m,
            [new(["p0"], 3), new([], 3), new(["p1"], 1), new(["p0", "p1", "p2"], 1.00m)],
            new EqualSharesRule(EqualSharesUtility.Approval, MaxSteps: 1, TieBreak: TieBreak.ByLot("s2922")));

        Assert.Equal(["5.25/35.25", "0.0/40.5", "3.5/10", "5.250/8.25"],
            result.Detail.Voters.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Spent}/{v.Left}")));
    }

    [Fact]
    public void Greedy_skips_a_project_that_no_longer_fits_and_funds_a_cheaper_one_after_it()
    {
        Project[] projects = [new("big", 700), new("mid", 400), new("small", 200)];
        ApprovalBallot[] ballots = [new(["big"], 10), new(["mid"], 8), new(["small"], 5)];

        var result = Greedy.Tally(projects, 1000, ballots);

        Assert.Equal(["big", "small"], result.Funded);
        Assert.Equal([true, false, true], result.Detail.Steps.Select(s => s.Funded));
        Assert.Equal(100, result.Detail.Steps[^1].RemainingAfter);
    }

    [Fact]
    public void A_greedy_tie_that_decides_is_reported_without_a_tie_break()
    {
        var result = Greedy.Tally([new("a", 60), new("b", 60)], 100, [ApprovalBallot.Of("a", "b")]);

        Assert.False(result.Complete);
        Assert.Empty(result.Funded);
        Assert.False(Assert.Single(result.Ties).Resolved);
    }

    [Fact]
    public void Malformed_projects_budget_and_ballots_are_reported_by_field()
    {
        var error = Assert.Throws<TallyInputError>(() => EqualShares.Tally(
            [new("a", 10), new("a", 5), new("c", -1)], -5, [ApprovalBallot.Of("a"), ApprovalBallot.Of("zz")]));

        Assert.Equal(["projects[1].id", "projects[2].cost", "budget", "ballots[1].approved[0]"], error.Violations.Select(v => v.Path));
    }
}
