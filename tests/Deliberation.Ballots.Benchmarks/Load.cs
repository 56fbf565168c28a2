using System.Diagnostics;

namespace Deliberation.Ballots.Benchmarks;

/// <summary>What one closed-loop run measured: throughput and latency percentiles, in milliseconds.</summary>
internal sealed record Measurement(string Name, int Concurrency, int Operations, TimeSpan Elapsed, double P50, double P95, double P99, Usage Used)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;

    /// <summary>CPU microseconds per operation in this process and in PostgreSQL.</summary>
    public (double Process, double Postgres) CpuPerOperation => (Used.Process.TotalMicroseconds / Operations, Used.Postgres.TotalMicroseconds / Operations);

    /// <summary>Kilobytes this process allocated per operation, load generator included.</summary>
    public double KilobytesPerOperation => Used.Allocated / 1024.0 / Operations;
}

/// <summary>
/// A closed loop: as many workers as the concurrency, each starting its next operation as soon as
/// the last one answered, until the time is up (or the operations on offer run out). Any failed
/// operation stops the run: a figure that includes errors is no figure.
/// </summary>
internal static class Load
{
    public static async Task<Measurement> RunAsync(string name, int concurrency, TimeSpan duration, int maxOperations, Func<int, Task> operation)
    {
        Console.Error.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {name}, {concurrency} at once...");
        var next = -1;
        var cpu = new CpuMeter();
        var clock = Stopwatch.StartNew();
        var perWorker = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>();
            int i;
            while (clock.Elapsed < duration && (i = Interlocked.Increment(ref next)) < maxOperations)
            {
                var start = Stopwatch.GetTimestamp();
                await operation(i);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            return latencies;
        })));
        clock.Stop();
        var used = cpu.Elapsed();
        var sorted = perWorker.SelectMany(l => l).Order().ToArray();
        return new Measurement(name, concurrency, sorted.Length, clock.Elapsed, At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99), used);
    }

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
