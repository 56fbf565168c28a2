using Deliberation.Api.V1;
using Deliberation.Server.Hosting;
using Grpc.Net.Client;
using Npgsql;

namespace Deliberation.IntegrationTests.Infrastructure;

/// <summary>The real server on its own fresh database, reached through a real gRPC channel.</summary>
public sealed class EngineFixture : IAsyncLifetime
{
    private DeliberationServer? _server;
    private GrpcChannel? _channel;

    public string ConnectionString { get; private set; } = "";
    public DeliberationServer Server => _server ?? throw new InvalidOperationException("Not started.");
    public GrpcChannel Channel => _channel ?? throw new InvalidOperationException("Not started.");

    public SessionService.SessionServiceClient Sessions => new(Channel);
    public ProposalService.ProposalServiceClient Proposals => new(Channel);
    public BallotService.BallotServiceClient Ballots => new(Channel);

    public async Task InitializeAsync()
    {
        ConnectionString = await TestCluster.CreateDatabaseAsync();
        await StartAsync();
    }

    /// <summary>Stops the server and starts a new one on the same database.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    public Task DisposeAsync() => StopAsync();

    /// <summary>
    /// How many events the engine's streams hold, all together. Marten's own tombstones, which mark
    /// sequence numbers that a rolled-back append had taken, are not events of any stream.
    /// </summary>
    public async Task<long> CountEventsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from deliberation.mt_events where type <> 'tombstone'", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private async Task StartAsync()
    {
        _server = await DeliberationServer.StartAsync(new ServerOptions { ConnectionString = ConnectionString, Port = 0, WebPort = 0 });
        _channel = GrpcChannel.ForAddress(_server.Address);
    }

    private async Task StopAsync()
    {
        _channel?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _server = null;
        _channel = null;
    }
}
