using Deliberation.Tally.Choices;

namespace Deliberation.Tally.Tests.Choices;

/// <summary>Published example profiles and a compact ballot notation: "A>B=C>D" (= is a tie).</summary>
internal static class Profiles
{
    public static RankedBallot R(decimal weight, string ranking)
    {
        var groups = ranking.Split('>').Select(g => (IReadOnlyList<string>)g.Split('=').ToList()).ToList();
        return groups.All(g => g.Count == 1)
            ? new RankedBallot(groups.Select(g => g[0]).ToList(), weight)
            : RankedBallot.WithTies(weight, groups);
    }

    /// <summary>The same ballots as weight-1 copies.</summary>
    public static List<RankedBallot> Expand(IEnumerable<RankedBallot> ballots) =>
        ballots.SelectMany(b => Enumerable.Repeat(b with { Weight = 1 }, (int)b.Weight)).ToList();

    // Wikipedia, "Instant-runoff voting" / "Borda count" / "Ranked pairs" / "Schulze method" articles: the
    // Tennessee capital example. Percentages of voters living near each city, everyone preferring nearer cities.
    public static readonly string[] TennesseeCities = ["Memphis", "Nashville", "Chattanooga", "Knoxville"];

    public static readonly RankedBallot[] Tennessee =
    [
        R(42, "Memphis>Nashville>Chattanooga>Knoxville"),
        R(26, "Nashville>Chattanooga>Knoxville>Memphis"),
        R(15, "Chattanooga>Knoxville>Nashville>Memphis"),
        R(17, "Knoxville>Chattanooga>Nashville>Memphis"),
    ];

    // Wikipedia, "Schulze method", example with 45 voters and 5 candidates.
    public static readonly string[] SchulzeCandidates = ["A", "B", "C", "D", "E"];

    public static readonly RankedBallot[] Schulze45 =
    [
        R(5, "A>C>B>E>D"),
        R(5, "A>D>E>C>B"),
        R(8, "B>E>D>A>C"),
        R(3, "C>A>B>E>D"),
        R(7, "C>A>E>B>D"),
        R(2, "C>B>A>D>E"),
        R(7, "D>C>E>B>A"),
        R(8, "E>B>A>D>C"),
    ];
}
