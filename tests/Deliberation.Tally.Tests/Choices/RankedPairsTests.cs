using Deliberation.Tally.Choices;
using static Deliberation.Tally.Tests.Choices.Profiles;

namespace Deliberation.Tally.Tests.Choices;

public class RankedPairsTests
{
    [Fact]
    public void No_ballots_leave_every_option_tied_rather_than_failing()
    {
        var result = RankedPairs.Tally(["a", "b", "c"], []);

        Assert.Equal(["a", "b", "c"], result.Winners);
        Assert.True(result.IsTie);
    }

    [Fact]
    public void A_pair_that_would_close_a_cycle_is_skipped()
    {
        // Constructed: 4 A>B>C, 3 B>C>A, 2 C>A>B. Majorities B>C 7, A>B 6, C>A 5 form a cycle;
        // Tideman (1987) locks the two stronger and skips C>A, so A wins.
        RankedBallot[] ballots = [R(4, "A>B>C"), R(3, "B>C>A"), R(2, "C>A>B")];

        var result = RankedPairs.Tally(["A", "B", "C"], ballots);

        Assert.Equal(["B>C 7:2 locked", "A>B 6:3 locked", "C>A 5:4 skipped"],
            result.Detail.Pairs.Select(p => $"{p.Winner}>{p.Loser} {p.Support}:{p.Opposition} {(p.Locked ? "locked" : "skipped")}"));
        Assert.Equal("A", result.Winner);
    }

    [Fact]
    public void The_45_voter_Schulze_example_gives_ranked_pairs_the_winner_A()
    {
        // Wikipedia, "Schulze method", 45-voter profile. Worked by hand from the published d[*,*]: lock B>D 33, E>D 31,
        // A>D 30, C>B 29; skip D>C 28; lock E>B 27, A>C 26; skip B>A 25; lock C>E 24; skip E>A 23. Nothing beats A.
        var result = RankedPairs.Tally(SchulzeCandidates, Schulze45);

        Assert.Equal("A", result.Winner);
        Assert.Equal(["D>C", "B>A", "E>A"], result.Detail.Pairs.Where(p => !p.Locked).Select(p => $"{p.Winner}>{p.Loser}"));
    }

    [Fact]
    public void Without_a_tie_break_an_all_equal_cycle_is_reported_as_a_tie()
    {
        RankedBallot[] cycle = [R(1, "A>B>C"), R(1, "B>C>A"), R(1, "C>A>B")];

        var result = RankedPairs.Tally(["A", "B", "C"], cycle);

        Assert.True(result.IsTie);
        Assert.All(result.Detail.Pairs, p => Assert.False(p.Locked));
    }

    [Fact]
    public void With_a_priority_order_equal_pairs_follow_Tidemans_tie_breaking_ranking()
    {
        RankedBallot[] cycle = [R(1, "A>B>C"), R(1, "B>C>A"), R(1, "C>A>B")];

        var result = RankedPairs.Tally(["A", "B", "C"], cycle, tieBreak: TieBreak.ByPriority("B", "A", "C"));

        // Pairs: A>B, B>C, C>A, all 2 to 1. Ordered by winner in the priority order: B>C, A>B, C>A. C>A closes the cycle.
        Assert.Equal(["B>C locked", "A>B locked", "C>A skipped"],
            result.Detail.Pairs.Select(p => $"{p.Winner}>{p.Loser} {(p.Locked ? "locked" : "skipped")}"));
        Assert.Equal("A", result.Winner);
    }
}
