using Deliberation.Feed.Benchmarks;
using Deliberation.Server.Hosting;

// Usage: dotnet run -c Release --project tests/Deliberation.Feed.Benchmarks [-- WATCHERS [EVENTS]]
// Starts an engine with its own PostgreSQL, then measures, for one watcher alone and for WATCHERS
// watchers of one session, the delay from a change's commit to its arrival at each watcher.
var watchers = args.Length > 0 ? int.Parse(args[0]) : 500;
var events = args.Length > 1 ? int.Parse(args[1]) : 200;
var dataDirectory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"deliberation-feed-bench-{Guid.NewGuid():N}")).FullName;
const string credential = "feed-benchmark";

await using (var server = await DeliberationServer.StartAsync(new ServerOptions
{
    DataDirectory = dataDirectory, OperatorCredential = credential, Port = 0, WebPort = 0,
}))
{
    var bench = await FeedBench.SetUpAsync(server.Address, credential);
    Console.WriteLine($"{Environment.ProcessorCount} cores, {events} changes 20 ms apart per run");
    Console.WriteLine("| watchers | median | p99 | max | deliveries | write median |");
    foreach (var count in new[] { 1, watchers, 1 })
    {
        var run = await bench.RunAsync(count, events);
        Console.WriteLine($"| {count} | {run.Median:F1} ms | {run.P99:F1} ms | {run.Max:F1} ms | {run.Deliveries} | {run.WriteMedian:F1} ms |");
    }
}
Directory.Delete(dataDirectory, recursive: true);
