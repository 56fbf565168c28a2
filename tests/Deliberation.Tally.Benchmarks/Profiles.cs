using Deliberation.Tally.Choices;

namespace Deliberation.Tally.Benchmarks;

/// <summary>
/// Deterministic synthetic electorates (fixed seeds). Preferences follow a popularity bias: each voter
/// orders options by popularity plus personal noise, so some options are broadly liked, as in real votes,
/// while nearly every long ballot is still unique (no help from merging identical ballots).
/// </summary>
internal static class Profiles
{
    public static string[] Options(int count, string prefix = "option") =>
        Enumerable.Range(1, count).Select(i => $"{prefix}-{i:D3}").ToArray();

    /// <summary>Rankings of length minLength..maxLength over the options.</summary>
    public static RankedBallot[] Ranked(string[] options, int ballots, int minLength, int maxLength, int seed)
    {
        var random = new Random(seed);
        var keys = new double[options.Length];
        var order = new int[options.Length];
        var result = new RankedBallot[ballots];
        for (var b = 0; b < ballots; b++)
        {
            for (var i = 0; i < options.Length; i++)
            {
                keys[i] = i * 0.15 + random.NextDouble() * options.Length * 0.5; // lower key = preferred
                order[i] = i;
            }
            Array.Sort((double[])keys.Clone(), order);
            var length = random.Next(minLength, maxLength + 1);
            var ranking = new string[length];
            for (var p = 0; p < length; p++) ranking[p] = options[order[p]];
            result[b] = new RankedBallot(ranking);
        }
        return result;
    }

    /// <summary>Approval ballots approving between 3 and 15 projects, popular ones more often.</summary>
    public static ApprovalBallot[] Approvals(string[] projects, int voters, int seed)
    {
        var random = new Random(seed);
        var result = new ApprovalBallot[voters];
        for (var v = 0; v < voters; v++)
        {
            var count = random.Next(3, 16);
            var chosen = new HashSet<int>();
            while (chosen.Count < count)
            {
                var x = random.NextDouble();
                chosen.Add((int)(x * x * projects.Length)); // skewed towards the first projects
            }
            result[v] = new ApprovalBallot(chosen.Select(i => projects[i]).ToArray());
        }
        return result;
    }
}
