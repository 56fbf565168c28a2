using Deliberation.Tally.Choices;

namespace Deliberation.Tally.Tests.Properties;

/// <summary>
/// Random profiles from an FsCheck-chosen seed (the test owns its Random; the library never uses one).
/// Small sizes keep every property fast while still producing cycles, ties and partial ballots.
/// </summary>
internal static class RandomProfiles
{
    public static string[] Options(int count) => Enumerable.Range(0, count).Select(i => ((char)('a' + i)).ToString()).ToArray();

    public static List<RankedBallot> Ranked(Random random, string[] options, int ballots, bool ties, bool partial)
    {
        var result = new List<RankedBallot>();
        for (var b = 0; b < ballots; b++)
        {
            var order = options.OrderBy(_ => random.Next()).ToList();
            var length = partial ? random.Next(1, options.Length + 1) : options.Length;
            var ranking = order.Take(length).ToList();
            var weight = random.Next(1, 4);
            if (ties)
            {
                var rank = 1;
                var ranks = ranking.Select((_, i) => i == 0 || random.Next(3) > 0 ? rank++ : rank - 1).ToList();
                result.Add(new RankedBallot(ranking, weight, ranks));
            }
            else result.Add(new RankedBallot(ranking, weight));
        }
        return result;
    }

    public static List<ApprovalBallot> Approvals(Random random, string[] options, int ballots) =>
        Enumerable.Range(0, ballots)
            .Select(_ => new ApprovalBallot(options.Where(_ => random.Next(3) == 0).ToList(), random.Next(1, 4)))
            .ToList();

    /// <summary>Replaces ballot i by a weight-doubled copy, and the alternative: appends one more identical ballot.</summary>
    public static (List<T> Doubled, List<T> Repeated) DoubleOne<T>(List<T> ballots, int pick, Func<T, decimal> weight, Func<T, decimal, T> withWeight)
    {
        var i = pick % ballots.Count;
        var doubled = ballots.Select((b, j) => j == i ? withWeight(b, weight(b) * 2) : b).ToList();
        var repeated = ballots.Append(ballots[i]).ToList();
        return (doubled, repeated);
    }

    /// <summary>Does option w beat every other option head to head (strictly, by weight)?</summary>
    public static string? CondorcetWinner(string[] options, IReadOnlyList<RankedBallot> ballots)
    {
        int Level(RankedBallot b, string o)
        {
            var i = b.Ranking.ToList().IndexOf(o);
            return i < 0 ? int.MaxValue : b.Ranks?[i] ?? i;
        }
        decimal Prefer(string x, string y) => ballots.Where(b => Level(b, x) < Level(b, y)).Sum(b => b.Weight);
        return options.FirstOrDefault(w => options.All(o => o == w || Prefer(w, o) > Prefer(o, w)));
    }
}
