using System.Globalization;
using Deliberation.Ballots.Benchmarks;
using Deliberation.Ballots.Benchmarks.Baseline;
using Deliberation.Engine.EmbeddedPostgres;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging.Abstractions;

// Vote casting over real gRPC against the real database, at rising concurrency, beside two floors
// measured in the same run: a gRPC call that does nothing, and a bare single-row INSERT into the same
// PostgreSQL through Npgsql (plus pgbench's rate for that INSERT). See docs/benchmarks.md.
//
//   dotnet run -c Release --project tests/Deliberation.Ballots.Benchmarks -- [--levels 1,16,64,256] [--seconds 5] [--warm-up 20] [--voters 2048] [--repeats 1] [--statements]
//
// --repeats N measures each level N times over, the three loads in turn each time, and ends the level with the
// median of the N ratios: on shared cores one row's ratio moves with the neighbours.
// --statements also prints, after each CastVote row, what PostgreSQL spent on each statement during it (to stderr).

var levels = Option("--levels", "1,16,64,256").Split(',').Select(int.Parse).ToArray();
var seconds = TimeSpan.FromSeconds(double.Parse(Option("--seconds", "5"), CultureInfo.InvariantCulture));
var warmUp = TimeSpan.FromSeconds(double.Parse(Option("--warm-up", "20"), CultureInfo.InvariantCulture));
var voterCount = int.Parse(Option("--voters", "2048"), CultureInfo.InvariantCulture);
var repeats = int.Parse(Option("--repeats", "1"), CultureInfo.InvariantCulture);
var showStatements = args.Contains("--statements");
// Votes on offer per second of a row: each is a distinct (voter, ballot) pair, so the ballots are opened beforehand; a faster row ends early.
const int MostVotesPerSecond = 8000;
const int Connections = 16;
const int PgbenchSeconds = 5;
const int PgbenchMaxClients = 128;

// Not CreateTempSubdirectory: its folder is private to us, and PostgreSQL runs as its own account.
var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ballot-bench", Guid.NewGuid().ToString("N"))).FullName;
await using var postgres = await EmbeddedPostgresServer.StartAsync(Path.Combine(folder, "db"), null, NullLogger.Instance,
    settings: showStatements ? StatementStatistics.ServerSettings : null);
var statements = showStatements ? new StatementStatistics(postgres.ConnectionString) : null;
await using var insert = await BareInsert.CreateAsync(postgres.ConnectionString);
await using var noop = await NoopServer.StartAsync();
var noopClients = Enumerable.Range(0, Connections).Select(_ => new Noop.NoopClient(GrpcChannel.ForAddress(noop.Address))).ToArray();
Console.Error.WriteLine($"Joining {voterCount} voters...");
await using var world = await VotingWorld.StartAsync(postgres.ConnectionString, Path.Combine(folder, "server"), voterCount, Connections);

Task NoopCall(int n) => noopClients[n % Connections].CallAsync(new NoopRequest { RequestId = Guid.NewGuid().ToString(), BallotId = Guid.NewGuid().ToString(), Choice = 1 }).ResponseAsync;

// Warm every path (pools, connections, caches, and the JIT's second tier, which recompiles the hot methods
// only after they have run for a while) before anything is measured: the vote path has the most code to recompile.
var quickWarmUp = warmUp / 4;
await Load.RunAsync("warm-up", 16, quickWarmUp, int.MaxValue, NoopCall);
await Load.RunAsync("warm-up", 16, quickWarmUp, int.MaxValue, _ => insert.InsertAsync());
await Load.RunAsync("warm-up", 16, warmUp, VotesOn(warmUp), await world.VotesAsync(VotesOn(warmUp)));

Console.WriteLine($"{Environment.ProcessorCount} cores; {seconds.TotalSeconds:F0} s per row after {warmUp.TotalSeconds:F0} s of warm-up; {Connections} gRPC connections; {voterCount} voters");
Console.WriteLine("| concurrency | what | per second | p50 ms | p95 ms | p99 ms | CPU µs per call: .NET / PostgreSQL | KB allocated per call | vote / bare insert |");
Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
foreach (var concurrency in levels)
{
    var ratios = new List<double>();
    for (var repeat = 0; repeat < repeats; repeat++)
    {
        var bareCall = await Load.RunAsync("gRPC call doing nothing", concurrency, seconds, int.MaxValue, NoopCall);
        var bareInsert = await Load.RunAsync("bare INSERT (Npgsql)", concurrency, seconds, int.MaxValue, _ => insert.InsertAsync());
        var castVote = await world.VotesAsync(VotesOn(seconds));
        if (statements is not null) await statements.ResetAsync();
        var votes = await Load.RunAsync("CastVote", concurrency, seconds, VotesOn(seconds), castVote);
        if (statements is not null) await statements.PrintAsync($"CastVote, {concurrency} at once", Console.Error);
        ratios.Add(votes.PerSecond / bareInsert.PerSecond);
        foreach (var m in new[] { bareCall, bareInsert, votes })
            Console.WriteLine($"| {concurrency} | {m.Name} | {m.PerSecond:F0} | {m.P50:F2} | {m.P95:F2} | {m.P99:F2} | {m.CpuPerOperation.Process:F0} / {m.CpuPerOperation.Postgres:F0} | {m.KilobytesPerOperation:F1} | {(m == votes ? Ratio(ratios[^1]) : "")} |");
    }
    if (repeats > 1)
        Console.WriteLine($"| {concurrency} | median of {repeats} (lowest-highest) | | | | | | | {Ratio(ratios.Order().ElementAt(repeats / 2))} ({Ratio(ratios.Min())}-{Ratio(ratios.Max())}) |");
    // pgbench holds a connection per client, beside the engine's and the bare insert's pools: past this many the cluster refuses it.
    var pgbenchClients = Math.Min(concurrency, PgbenchMaxClients);
    var pgbench = await Pgbench.InsertsPerSecondAsync(postgres.ConnectionString, pgbenchClients, PgbenchSeconds);
    Console.WriteLine($"| {concurrency} | same INSERT by pgbench ({PgbenchSeconds} s, {pgbenchClients} clients) | {(pgbench is { } tps ? tps.ToString("F0", CultureInfo.InvariantCulture) : "not installed")} | | | | | | |");
}

static int VotesOn(TimeSpan time) => (int)(time.TotalSeconds * MostVotesPerSecond);

static string Ratio(double ratio) => ratio.ToString("F2", CultureInfo.InvariantCulture);

string Option(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}
