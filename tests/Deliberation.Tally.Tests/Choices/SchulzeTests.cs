using Deliberation.Tally.Choices;
using static Deliberation.Tally.Tests.Choices.Profiles;

namespace Deliberation.Tally.Tests.Choices;

public class SchulzeTests
{
    // Wikipedia, "Schulze method", example with 45 voters and 5 candidates: the d[*,*] and p[*,*] tables
    // and the ranking E > A > C > B > D.
    [Fact]
    public void No_ballots_leave_every_option_tied_rather_than_failing()
    {
        var result = Schulze.Tally(["a", "b", "c"], []);

        Assert.Equal(["a", "b", "c"], result.Winners);
        Assert.True(result.IsTie);
    }

    [Fact]
    public void The_45_voter_example_gives_the_published_matrices_and_E_wins()
    {
        var result = Schulze.Tally(SchulzeCandidates, Schulze45);

        Assert.Equal("E", result.Winner);
        decimal[][] d =
        [
            [0, 20, 26, 30, 22],
            [25, 0, 16, 33, 18],
            [19, 29, 0, 17, 24],
            [15, 12, 28, 0, 14],
            [23, 27, 21, 31, 0],
        ];
        decimal[][] p =
        [
            [0, 28, 28, 30, 24],
            [25, 0, 28, 33, 24],
            [25, 29, 0, 29, 24],
            [25, 28, 28, 0, 24],
            [25, 28, 28, 31, 0],
        ];
        Assert.Equal(d, result.Detail.Preferences.Select(r => r.ToArray()));
        Assert.Equal(p, result.Detail.StrongestPaths.Select(r => r.ToArray()));
        Assert.Equal(["E", "A", "C", "B", "D"], result.Detail.Ranking.Select(l => Assert.Single(l)));
    }

    [Fact]
    public void Forty_five_separate_ballots_give_the_same_result_as_the_weighted_groups()
    {
        var weighted = Schulze.Tally(SchulzeCandidates, Schulze45);
        var separate = Schulze.Tally(SchulzeCandidates, Expand(Schulze45));

        Assert.Equal(weighted.Text, separate.Text);
        Assert.Equal(weighted.Detail.StrongestPaths.SelectMany(r => r), separate.Detail.StrongestPaths.SelectMany(r => r));
    }

    [Fact]
    public void Margins_and_winning_votes_are_both_available_and_stated()
    {
        var result = Schulze.Tally(SchulzeCandidates, Schulze45, PairwiseStrength.Margins);

        Assert.Equal("E", result.Winner);
        Assert.Equal(PairwiseStrength.Margins, result.Detail.Strength);
        // The direct link E→A has margin 23-22 = 1, but the path E→B→A is stronger: min(27-18, 25-20) = 5.
        Assert.Equal(5, result.Detail.StrongestPaths[4][0]);
    }

    [Fact]
    public void A_symmetric_cycle_is_an_irresolute_tie_without_a_tie_break_and_a_lot_settles_it()
    {
        RankedBallot[] cycle = [R(1, "A>B>C"), R(1, "B>C>A"), R(1, "C>A>B")];

        var tie = Schulze.Tally(["A", "B", "C"], cycle);
        Assert.True(tie.IsTie);
        Assert.Equal(["A", "B", "C"], tie.Winners);
        Assert.False(Assert.Single(tie.Ties).Resolved);

        var lot = Schulze.Tally(["A", "B", "C"], cycle, tieBreak: TieBreak.ByLot("published seed"));
        Assert.Equal(Lot.Order("published seed", ["A", "B", "C"])[0], lot.Winner);
        Assert.Equal(TieMethod.Lot, Assert.Single(lot.Ties).By);
    }

    [Fact]
    public void Partial_rankings_with_ties_count_ranked_above_unranked_and_tied_as_neither()
    {
        var result = Schulze.Tally(["A", "B", "C", "D"], [R(1, "A=B>C"), R(1, "B")]);

        var d = result.Detail.Preferences;
        Assert.Equal(0, d[0][1]); // A=B: neither
        Assert.Equal(1, d[1][0]); // second ballot: B above unranked A
        Assert.Equal(2, d[1][3]); // both ballots put B above D
        Assert.Equal("B", result.Winner);
    }
}
