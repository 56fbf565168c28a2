using Deliberation.Tally.Choices;
using static Deliberation.Tally.Tests.Choices.Profiles;

namespace Deliberation.Tally.Tests.Choices;

/// <summary>The Tennessee capital example from Wikipedia's voting-method articles, under each rule.</summary>
public class TennesseeTests
{
    [Fact]
    public void Plurality_elects_Memphis_with_42_percent()
    {
        // Wikipedia, "Plurality voting": Memphis wins with 42% of first preferences.
        var ballots = Tennessee.Select(b => new PluralityBallot(b.Ranking[0], b.Weight)).ToList();

        var result = Plurality.Tally(TennesseeCities, ballots);

        Assert.Equal("Memphis", result.Winner);
        Assert.Equal([42m, 26m, 15m, 17m], result.Detail.Totals.Select(t => t.Total));
    }

    [Fact]
    public void Instant_runoff_eliminates_Chattanooga_then_Nashville_and_elects_Knoxville()
    {
        // Wikipedia, "Instant-runoff voting", Tennessee example: Knoxville wins with 58% in the third round.
        var result = InstantRunoff.Tally(TennesseeCities, Tennessee);

        Assert.Equal("Knoxville", result.Winner);
        var rounds = result.Detail.Rounds;
        Assert.Equal(3, rounds.Count);
        Assert.Equal(["Chattanooga"], rounds[0].Eliminated);
        Assert.Equal([new VoteTransfer("Chattanooga", "Knoxville", 15)], rounds[0].Transfers);
        Assert.Equal(["Nashville"], rounds[1].Eliminated);
        Assert.Equal([new VoteTransfer("Nashville", "Knoxville", 26)], rounds[1].Transfers);
        Assert.Equal([new OptionTotal("Memphis", 42), new OptionTotal("Knoxville", 58)], rounds[2].Votes);
        Assert.Equal("Knoxville wins in round 3 with 58 of 100 continuing votes, after Chattanooga and Nashville were eliminated.", result.Text);
    }

    [Fact]
    public void Borda_gives_Nashville_194_points()
    {
        // Wikipedia, "Borda count", Tennessee example: Nashville 194, Chattanooga 173, Memphis 126, Knoxville 107.
        var result = Borda.Tally(TennesseeCities, Tennessee);

        Assert.Equal("Nashville", result.Winner);
        Assert.Equal([126m, 194m, 173m, 107m], result.Detail.Totals.Select(t => t.Total));
    }

    [Fact]
    public void Score_voting_elects_Nashville()
    {
        // Wikipedia, "Score voting", Tennessee example with scores 0-10: Nashville 603, Chattanooga 457, Memphis 420, Knoxville 312.
        ScoreBallot S(decimal weight, int m, int n, int c, int k) =>
            new([new("Memphis", m), new("Nashville", n), new("Chattanooga", c), new("Knoxville", k)], weight);
        ScoreBallot[] ballots = [S(42, 10, 4, 2, 0), S(26, 0, 10, 4, 2), S(15, 0, 6, 10, 6), S(17, 0, 5, 7, 10)];

        var result = Score.Tally(TennesseeCities, ballots, new ScoreRange(0, 10));

        Assert.Equal("Nashville", result.Winner);
        Assert.Equal([420m, 603m, 457m, 312m], result.Detail.Totals.Select(t => t.Total));
    }

    [Fact]
    public void Ranked_pairs_locks_every_majority_and_elects_Nashville()
    {
        // Wikipedia, "Ranked pairs", Tennessee example: Chattanooga>Knoxville (83%) first, then Nashville over
        // Chattanooga and Knoxville (68%), then the three 58% wins over Memphis; all locked, Nashville wins.
        var result = RankedPairs.Tally(TennesseeCities, Tennessee);

        Assert.Equal("Nashville", result.Winner);
        Assert.All(result.Detail.Pairs, p => Assert.True(p.Locked));
        Assert.Equal(new PairStep("Chattanooga", "Knoxville", 83, 17, true), result.Detail.Pairs[0]);
        Assert.Equal(6, result.Detail.Pairs.Count);
    }

    [Fact]
    public void Schulze_elects_the_Condorcet_winner_Nashville()
    {
        var result = Schulze.Tally(TennesseeCities, Tennessee);

        Assert.Equal("Nashville", result.Winner);
        Assert.Equal(["Nashville", "Chattanooga", "Knoxville", "Memphis"], result.Detail.Ranking.Select(l => Assert.Single(l)));
    }
}
