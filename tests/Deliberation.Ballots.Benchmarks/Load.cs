using System.Diagnostics;

namespace Deliberation.Ballots.Benchmarks;

/// <summary>What one closed-loop run measured: throughput and latency percentiles, in milliseconds.</summary>
internal sealed record Measurement(string Name, int Concurrency, int Operations, TimeSpan Elapsed, double P50, double P95, double P99)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;
}

/// <summary>
/// A closed loop: as many workers as the concurrency, each starting its next operation as soon as
/// the last one answered, until the given number of operations is done. Any failed operation stops
/// the run: a figure that includes errors is no figure.
/// </summary>
internal static class Load
{
    public static async Task<Measurement> RunAsync(string name, int concurrency, int operations, Func<int, Task> operation)
    {
        var latencies = new double[operations];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < operations)
            {
                var start = Stopwatch.GetTimestamp();
                await operation(i);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        })));
        clock.Stop();
        Array.Sort(latencies);
        return new Measurement(name, concurrency, operations, clock.Elapsed, At(latencies, 0.50), At(latencies, 0.95), At(latencies, 0.99));
    }

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
