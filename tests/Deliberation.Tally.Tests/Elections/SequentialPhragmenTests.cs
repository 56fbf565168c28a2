using Deliberation.Tally.Choices;
using Deliberation.Tally.Elections;

namespace Deliberation.Tally.Tests.Elections;

public class SequentialPhragmenTests
{
    private static IEnumerable<ApprovalBallot> Times(int count, params string[] approved) => Enumerable.Repeat(ApprovalBallot.Of(approved), count);

    private static readonly string[] AtoH = ["a", "b", "c", "d", "e", "f", "g", "h"];

    // Lackner & Skowron, "Multi-Winner Voting with Approval Preferences" (Springer 2023), Example 9 on the
    // profile of Example 1, as reproduced by the abcvoting library's test output (test_abcbook_example09):
    // seq-Phragmén elects a, b, c, d with maximal loads 1/8, 11/32, 55/128, 5/8; b and c tie for the second seat,
    // broken in favour of b (alphabetical order).
    [Fact]
    public void The_abc_book_example_9_gives_the_published_loads()
    {
        var ballots = Times(3, "a", "b").Concat(Times(3, "a", "c")).Concat(Times(2, "a", "d"))
            .Concat(Times(1, "b", "c", "f")).Concat(Times(1, "e")).Concat(Times(1, "f")).Concat(Times(1, "g")).ToList();

        var result = SequentialPhragmen.Tally(AtoH, ballots, 4, TieBreak.ByPriority(AtoH));

        Assert.Equal(["a", "b", "c", "d"], result.Elected);
        Assert.Equal(["1/8", "11/32", "55/128", "5/8"], result.Detail.Rounds.Select(r => r.MaxLoad.Exact));
        var tie = Assert.Single(result.Ties);
        Assert.Equal(["b", "c"], tie.Tied);
        Assert.Equal("b", tie.Chosen);
        Assert.Equal("55/128", result.Detail.BallotLoads[3].Exact); // a voter approving {a, c}
    }

    // Same book, Example 12 (abcvoting test_abcbook_example12): 3 {c,d}, 2 {a,b}, 2 {a,c}, 1 {b,d}, k = 3:
    // seq-Phragmén elects c (1/5), b (1/3), d (29/60).
    [Fact]
    public void The_abc_book_example_12_elects_c_b_d()
    {
        var ballots = Times(3, "c", "d").Concat(Times(2, "a", "b")).Concat(Times(2, "a", "c")).Concat(Times(1, "b", "d")).ToList();

        var result = SequentialPhragmen.Tally(["a", "b", "c", "d"], ballots, 3);

        Assert.Equal(["c", "b", "d"], result.Elected);
        Assert.Equal(["1/5", "1/3", "29/60"], result.Detail.Rounds.Select(r => r.MaxLoad.Exact));
        Assert.Empty(result.Ties);
    }

    [Fact]
    public void Without_a_tie_break_a_tie_for_a_seat_is_reported()
    {
        var result = SequentialPhragmen.Tally(["a", "b"], [ApprovalBallot.Of("a"), ApprovalBallot.Of("b")], 1);

        Assert.False(result.Complete);
        Assert.Empty(result.Elected);
    }

    [Fact]
    public void A_party_list_profile_gets_seats_in_proportion_like_D_Hondt()
    {
        // 60 voters approve party X's four candidates, 40 approve party Y's: 5 seats go 3 to X and 2 to Y.
        var ballots = new[] { new ApprovalBallot(["x1", "x2", "x3", "x4"], 60), new ApprovalBallot(["y1", "y2", "y3", "y4"], 40) };

        var result = SequentialPhragmen.Tally(["x1", "x2", "x3", "x4", "y1", "y2", "y3", "y4"], ballots, 5, TieBreak.ByLot("s"));

        Assert.Equal(3, result.Elected.Count(c => c[0] == 'x'));
        Assert.Equal(2, result.Elected.Count(c => c[0] == 'y'));
    }
}
