using System.Collections.Concurrent;
using System.Numerics;

namespace Deliberation.Tally.Choices;

/// <summary>
/// The pairwise matrix d[i,j]: the weight of ballots that rank i above j (ranked above unranked counts;
/// tied and both-unranked do not). Built in one pass over the merged ballots. When every weight is a whole
/// number of some decimal unit (always true for weights like 1 or 0.25) the counts are kept as 64-bit integers
/// of that unit, compared eight or four at a time with SIMD and split over the cores; this is exact and
/// gives the same matrix as the decimal path, which is used otherwise.
/// </summary>
internal static class PairwiseCounts
{
    public static decimal[,] Build(RankedProfile profile)
    {
        var n = profile.Options.Count;
        return TryUnits(profile.Weight, profile.TotalWeight, out var units, out var scale)
            ? FromUnits(BuildUnits(profile, units), n, scale)
            : BuildDecimal(profile);
    }

    private static bool TryUnits(decimal[] weights, decimal total, out long[] units, out int scale)
    {
        scale = weights.Length == 0 ? 0 : weights.Max(w => (int)w.Scale);
        units = [];
        if (scale > 18) return false;
        var factor = Pow10(scale);
        if (total * factor > long.MaxValue / 2) return false;
        units = weights.Select(w => (long)(w * factor)).ToArray();
        return true;
    }

    private static decimal Pow10(int scale)
    {
        decimal f = 1;
        for (var i = 0; i < scale; i++) f *= 10;
        return f;
    }

    private static long[] BuildUnits(RankedProfile profile, long[] units)
    {
        var n = profile.Options.Count;
        var stride = (n + Vector<long>.Count - 1) / Vector<long>.Count * Vector<long>.Count;
        var total = new long[n * stride];
        if (profile.Count == 0) return total; // a partition of no ballots is refused, and there is nothing to add
        var gate = new object();
        Parallel.ForEach(Partitioner.Create(0, profile.Count, Math.Max(1024, profile.Count / (4 * Environment.ProcessorCount) + 1)),
            () => (Matrix: new long[n * stride], Pos: new long[stride]),
            (range, _, local) =>
            {
                for (var b = range.Item1; b < range.Item2; b++) AddBallot(profile, b, units[b], local.Matrix, local.Pos, n, stride);
                return local;
            },
            local => { lock (gate) for (var k = 0; k < total.Length; k++) total[k] += local.Matrix[k]; });
        return total;
    }

    private static void AddBallot(RankedProfile p, int b, long w, long[] matrix, long[] pos, int n, int stride)
    {
        var start = p.Start[b];
        var length = p.Length[b];
        if (length == 0 || w == 0) return;
        long unranked = length; // below every ranked level
        pos.AsSpan(0, n).Fill(unranked);
        pos.AsSpan(n).Fill(long.MinValue); // padding is never below anyone
        for (var e = start; e < start + length; e++) pos[p.Prefs[e]] = p.Level(e, b);
        var weight = new Vector<long>(w);
        var width = Vector<long>.Count;
        for (var e = start; e < start + length; e++)
        {
            var level = new Vector<long>(p.Level(e, b));
            var row = p.Prefs[e] * stride;
            for (var j = 0; j < stride; j += width)
            {
                var below = Vector.GreaterThan(new Vector<long>(pos, j), level);
                var cell = new Vector<long>(matrix, row + j) + (below & weight);
                cell.CopyTo(matrix, row + j);
            }
        }
    }

    private static decimal[,] FromUnits(long[] units, int n, int scale)
    {
        var stride = units.Length / Math.Max(n, 1);
        var factor = Pow10(scale);
        var d = new decimal[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                d[i, j] = units[i * stride + j] / factor;
        return d;
    }

    private static decimal[,] BuildDecimal(RankedProfile p)
    {
        var n = p.Options.Count;
        var d = new decimal[n, n];
        var pos = new int[n];
        for (var b = 0; b < p.Count; b++)
        {
            var start = p.Start[b];
            var length = p.Length[b];
            Array.Fill(pos, length);
            for (var e = start; e < start + length; e++) pos[p.Prefs[e]] = p.Level(e, b);
            for (var e = start; e < start + length; e++)
            {
                var level = p.Level(e, b);
                var i = p.Prefs[e];
                for (var j = 0; j < n; j++)
                    if (pos[j] > level) d[i, j] += p.Weight[b];
            }
        }
        return d;
    }
}
