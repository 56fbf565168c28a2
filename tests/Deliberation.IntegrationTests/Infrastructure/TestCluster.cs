using Deliberation.Engine.EmbeddedPostgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Deliberation.IntegrationTests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL cluster for the whole test run, started the way the server starts its
/// embedded one, and a fresh database in it for each fixture that asks.
/// </summary>
public static class TestCluster
{
    private static readonly Lazy<Task<EmbeddedPostgresServer>> Cluster = new(StartAsync);

    public static async Task<string> CreateDatabaseAsync()
    {
        var cluster = await Cluster.Value;
        var name = $"test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(cluster.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"create database {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Database = name }.ConnectionString;
    }

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "deliberation-tests");

    /// <summary>A new folder for a test's own data, removed with the rest of this run's.</summary>
    public static string NewDataFolder() =>
        Directory.CreateDirectory(Path.Combine(Root, $"run-{Environment.ProcessId}", Guid.NewGuid().ToString("N"))).FullName;

    private static async Task<EmbeddedPostgresServer> StartAsync()
    {
        await RemoveEarlierRunsAsync();
        var cluster = await EmbeddedPostgresServer.StartAsync(NewDataFolder(), null, NullLogger.Instance);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.StopAsync().GetAwaiter().GetResult();
        return cluster;
    }

    /// <summary>
    /// The test host may be ended before it can clean up, so each run removes what runs before it
    /// left behind (stopping any cluster still running there).
    /// </summary>
    private static async Task RemoveEarlierRunsAsync()
    {
        if (!Directory.Exists(Root)) return;
        foreach (var run in Directory.GetDirectories(Root, "run-*"))
        {
            if (int.TryParse(Path.GetFileName(run)["run-".Length..], out var pid) && IsAlive(pid)) continue;
            foreach (var cluster in Directory.GetDirectories(run, "postgres", SearchOption.AllDirectories))
                await EmbeddedPostgresServer.StopLeftoverAsync(cluster);
            Directory.Delete(run, recursive: true);
        }
    }

    private static bool IsAlive(int pid)
    {
        try { return !System.Diagnostics.Process.GetProcessById(pid).HasExited; }
        catch (ArgumentException) { return false; }
    }
}
