using System.Diagnostics;
using BenchmarkDotNet.Running;
using Deliberation.Tally.Benchmarks;

// `--smoke` times each benchmark once with a stopwatch (a quick check, not a measurement);
// anything else goes to BenchmarkDotNet, e.g. `--filter '*'`.
if (args is ["--smoke"])
{
    var b = new TallyBenchmarks();
    var setup = Stopwatch.StartNew();
    b.Setup();
    Console.WriteLine($"setup {setup.ElapsedMilliseconds} ms");
    foreach (var (name, run) in new (string, Func<object>)[] { ("Schulze", b.Schulze), ("RankedPairs", b.RankedPairs), ("InstantRunoff", b.InstantRunoff), ("EqualShares", b.EqualShares), ("EqualSharesPlain", b.EqualSharesPlain), ("Greedy", b.Greedy) })
    {
        run();
        var watch = Stopwatch.StartNew();
        var result = run();
        Console.WriteLine($"{name}: {watch.ElapsedMilliseconds} ms  {result.GetType().GetProperty("Text")?.GetValue(result)}");
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
