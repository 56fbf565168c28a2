using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Deliberation.Engine.Identity;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Deliberation.Engine.EmbeddedPostgres;

/// <summary>
/// A private PostgreSQL cluster in a data folder, listening on a free loopback port: started
/// with initdb and pg_ctl from the machine's PostgreSQL install, and stopped with pg_ctl.
/// The cluster, its password and its log live under the data folder, so data survives restarts.
/// </summary>
public sealed class EmbeddedPostgresServer : IAsyncDisposable
{
    public const string DatabaseName = "deliberation";

    // Room for several engines on one cluster (the tests run one per test class), each with a pool
    // sized for two cores: more connections than that only queue inside PostgreSQL instead.
    private const int MaxConnections = 300;
    private const int PoolSize = 40;
    private const string SuperUser = "deliberation";

    private readonly PostgresBinaries _binaries;
    private readonly string _clusterDirectory;
    private readonly ILogger _logger;
    private bool _stopped;

    private EmbeddedPostgresServer(PostgresBinaries binaries, string clusterDirectory, int port, string password, ILogger logger)
    {
        _binaries = binaries;
        _clusterDirectory = clusterDirectory;
        _logger = logger;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = port,
            Username = SuperUser,
            Password = password,
            Database = DatabaseName,
            MaxPoolSize = PoolSize,
        }.ConnectionString;
    }

    /// <summary>Connects to the engine's database as the cluster's owner.</summary>
    public string ConnectionString { get; }

    /// <param name="settings">Server settings beyond the engine's own, as <c>name=value</c> (a benchmark's statistics, say).</param>
    public static async Task<EmbeddedPostgresServer> StartAsync(
        string dataFolder, string? binariesFolder, ILogger logger, CancellationToken cancellationToken = default, IReadOnlyList<string>? settings = null)
    {
        var binaries = PostgresBinaries.Find(binariesFolder) ?? throw new PostgresNotInstalled();
        Directory.CreateDirectory(dataFolder);
        var cluster = Path.Combine(dataFolder, "postgres");
        var password = await InitializeOnceAsync(binaries, dataFolder, cluster, logger, cancellationToken);

        await StopLeftoverAsync(cluster, binariesFolder, cancellationToken);

        var port = FreeLoopbackPort();
        await ProgramRunner.RunAsync(binaries.PgCtl,
        [
            "start", "--pgdata", cluster, "--wait", "--timeout", "60", "--silent",
            "--log", Path.Combine(cluster, "server.log"),
            "-o", $"-c port={port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections={MaxConnections}{string.Concat((settings ?? []).Select(setting => $" -c {setting}"))}",
        ], cancellationToken);

        var server = new EmbeddedPostgresServer(binaries, cluster, port, password, logger);
        await server.CreateDatabaseAsync(cancellationToken);
        logger.LogInformation("Embedded PostgreSQL started from {Binaries} with data in {Cluster}, on 127.0.0.1:{Port}",
            binaries.Directory, cluster, port);
        return server;
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_stopped) return;
        _stopped = true;
        NpgsqlConnection.ClearAllPools();
        await StopLeftoverAsync(_clusterDirectory, _binaries.Directory, cancellationToken);
        _logger.LogInformation("Embedded PostgreSQL stopped");
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>Creates the cluster on first start, and returns the password of its owner.</summary>
    private static async Task<string> InitializeOnceAsync(
        PostgresBinaries binaries, string dataFolder, string cluster, ILogger logger, CancellationToken cancellationToken)
    {
        var passwordFile = Path.Combine(dataFolder, "postgres.password");
        if (File.Exists(Path.Combine(cluster, "PG_VERSION")))
            return (await File.ReadAllTextAsync(passwordFile, cancellationToken)).Trim();

        logger.LogInformation("Creating a PostgreSQL cluster in {Cluster}", cluster);
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        File.Delete(passwordFile); // from a first start that was interrupted
        SecretFile.TryCreate(passwordFile, password);

        // A half-made cluster from an interrupted first start is made again from scratch.
        if (Directory.Exists(cluster)) Directory.Delete(cluster, recursive: true);
        Directory.CreateDirectory(cluster);
        // initdb reads the password from a file that its account can open, kept only while it runs.
        var setupFolder = Directory.CreateDirectory(Path.Combine(dataFolder, $".setup-{Guid.NewGuid():N}")).FullName;
        var initialPassword = Path.Combine(setupFolder, "password");
        await File.WriteAllTextAsync(initialPassword, password, cancellationToken);
        try
        {
            await ProgramRunner.HandOverAsync(cluster, cancellationToken);
            await ProgramRunner.HandOverAsync(setupFolder, cancellationToken);
            await ProgramRunner.RunAsync(binaries.InitDb,
            [
                "--pgdata", cluster, "--username", SuperUser, "--pwfile", initialPassword,
                "--auth", "scram-sha-256", "--encoding", "UTF8", "--locale", "C", "--no-instructions",
            ], cancellationToken);
        }
        finally
        {
            Directory.Delete(setupFolder, recursive: true);
        }
        return password;
    }

    private async Task CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection)
        {
            Parameters = { new() { Value = DatabaseName } },
        };
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"create database {DatabaseName}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Stops the cluster in the folder if it runs: one this process started, or one that a process
    /// which died left running, so the folder can be used again.
    /// </summary>
    public static async Task StopLeftoverAsync(string cluster, string? binariesFolder = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path.Combine(cluster, "postmaster.pid"))) return;
        var binaries = PostgresBinaries.Find(binariesFolder) ?? throw new PostgresNotInstalled();
        try
        {
            // Fast: disconnect clients and shut down cleanly, without waiting for them to leave.
            await ProgramRunner.RunAsync(binaries.PgCtl, ["stop", "--pgdata", cluster, "--mode", "fast", "--wait", "--silent"], cancellationToken);
        }
        catch (InvalidOperationException)
        {
            // Not running: the pid file was stale, and pg_ctl start will say so if it matters.
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
