namespace Deliberation.Ballots.Benchmarks;

/// <summary>What a run cost: CPU in this process and in PostgreSQL, and the bytes this process allocated.</summary>
internal sealed record Usage(TimeSpan Process, TimeSpan Postgres, long Allocated);

/// <summary>
/// CPU time spent by this process (engine and load generator alike) and by the machine's PostgreSQL
/// processes, read from /proc, and the bytes this process allocated (what its garbage collector has to
/// clear). On shared cores a rate moves with the neighbours; the CPU an operation costs moves less.
/// </summary>
internal sealed class CpuMeter
{
    private const double TicksPerSecond = 100; // USER_HZ, fixed at 100 on Linux

    private readonly TimeSpan process = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    private readonly long allocated = GC.GetTotalAllocatedBytes();
    private readonly Dictionary<int, long> postgres = PostgresTicks();

    /// <summary>CPU spent since this meter started: a PostgreSQL process that ended meanwhile (pgbench's) is left out.</summary>
    public Usage Elapsed()
    {
        var ticks = PostgresTicks().Sum(p => p.Value - postgres.GetValueOrDefault(p.Key));
        return new(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - process, TimeSpan.FromSeconds(ticks / TicksPerSecond),
            GC.GetTotalAllocatedBytes() - allocated);
    }

    private static Dictionary<int, long> PostgresTicks()
    {
        var ticks = new Dictionary<int, long>();
        if (!OperatingSystem.IsLinux()) return ticks;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(folder, "stat")); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { continue; } // the process ended meanwhile
            var nameEnd = stat.LastIndexOf(')');
            if (nameEnd < 0 || !stat.AsSpan(0, nameEnd).EndsWith("(postgres")) continue;
            // After the name: state, ppid, ..., with utime and stime the 12th and 13th fields.
            var fields = stat[(nameEnd + 2)..].Split(' ');
            ticks[pid] = long.Parse(fields[11]) + long.Parse(fields[12]);
        }
        return ticks;
    }
}
