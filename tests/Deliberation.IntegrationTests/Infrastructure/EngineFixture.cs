using System.Collections.Concurrent;
using Deliberation.Api.V1;
using Deliberation.Server.Hosting;
using Grpc.Core;
using Grpc.Net.Client;
using Npgsql;

namespace Deliberation.IntegrationTests.Infrastructure;

/// <summary>The real server on its own fresh database, reached through real gRPC channels.</summary>
public sealed class EngineFixture : IAsyncLifetime
{
    public const string OperatorCredential = "operator-credential-for-tests";

    private readonly ConcurrentDictionary<string, Lazy<GrpcChannel>> _channels = new();
    private DeliberationServer? _server;

    public string ConnectionString { get; private set; } = "";
    public string DataDirectory { get; } = TestCluster.NewDataFolder();

    /// <summary>The engine's clock, which a test may move forward.</summary>
    public ShiftedClock Clock { get; } = new();
    public DeliberationServer Server => _server ?? throw new InvalidOperationException("Not started.");

    /// <summary>A caller without a token.</summary>
    public Clients Anonymous => new(ChannelFor(null));

    /// <summary>The operator, signed in.</summary>
    public Clients Operator { get; private set; } = null!;

    /// <summary>A caller with the given bearer token.</summary>
    public Clients As(string token) => new(ChannelFor(token));

    public async Task InitializeAsync()
    {
        ConnectionString = await TestCluster.CreateDatabaseAsync();
        await StartAsync();
    }

    /// <summary>Stops the server and starts a new one on the same database and data folder; tokens stay valid.</summary>
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

    /// <summary>Every stored row that is about one voter's vote on the ballot: their vote's events and document, and their requests' records.</summary>
    public async Task<List<string>> StoredAboutVotersAsync(string ballotId)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("""
            with votes as (select id, data from deliberation.mt_doc_vote where data ->> 'BallotId' = $1)
            select data::text from votes
            union all select e.data::text from deliberation.mt_events e join votes v on e.stream_id = v.id
            union all select r.data::text from deliberation.mt_doc_requestrecord r
                where (r.id like 'CastVote/%' or r.id like 'WithdrawVote/%') and r.data ->> 'Result' like '%' || $1 || '%'
            """, connection) { Parameters = { new() { Value = ballotId } } };
        var rows = new List<string>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }

    /// <summary>An event store of the test's own on the engine's database, as another writer or reader would open it (through <paramref name="dataSource"/> if given).</summary>
    public Marten.DocumentStore OpenStore(Npgsql.NpgsqlDataSource? dataSource = null) => Marten.DocumentStore.For(options =>
    {
        if (dataSource is null) options.Connection(ConnectionString);
        else options.Connection(dataSource);
        Engine.EventStore.EventStoreSetup.Configure(options);
    });

    public ServerOptions Options => new()
    {
        ConnectionString = ConnectionString,
        DataDirectory = DataDirectory,
        OperatorCredential = OperatorCredential,
        Clock = Clock,
        Port = 0,
        WebPort = 0,
    };

    private async Task StartAsync()
    {
        _server = await DeliberationServer.StartAsync(Options);
        var signIn = await Anonymous.Access.SignInOperatorAsync(new SignInOperatorRequest { Credential = OperatorCredential });
        Operator = As(signIn.Token);
    }

    private GrpcChannel ChannelFor(string? token) =>
        _channels.GetOrAdd(token ?? "", _ => new Lazy<GrpcChannel>(() => Channels.For(Server.Address, token))).Value;

    private async Task StopAsync()
    {
        foreach (var channel in _channels.Values.Where(c => c.IsValueCreated)) channel.Value.Dispose();
        _channels.Clear();
        if (_server is not null) await _server.DisposeAsync();
        _server = null;
    }
}

public static class Channels
{
    /// <summary>A channel whose every call carries the bearer token, if any.</summary>
    public static GrpcChannel For(Uri address, string? token, HttpMessageHandler? handler = null, Version? httpVersion = null) =>
        GrpcChannel.ForAddress(address, new GrpcChannelOptions
    {
        HttpHandler = handler,
        HttpVersion = httpVersion,
        HttpVersionPolicy = httpVersion is null ? null : HttpVersionPolicy.RequestVersionExact,
        Credentials = token is null
            ? ChannelCredentials.Insecure
            : ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("Authorization", $"Bearer {token}");
                return Task.CompletedTask;
            })),
        UnsafeUseInsecureChannelCallCredentials = true,
    });
}

/// <summary>Every service's client, as one caller.</summary>
public sealed class Clients(GrpcChannel channel)
{
    public AccessService.AccessServiceClient Access { get; } = new(channel);
    public SessionService.SessionServiceClient Sessions { get; } = new(channel);
    public ParticipantService.ParticipantServiceClient Participants { get; } = new(channel);
    public AgendaService.AgendaServiceClient Agenda { get; } = new(channel);
    public FloorService.FloorServiceClient Floor { get; } = new(channel);
    public ProposalService.ProposalServiceClient Proposals { get; } = new(channel);
    public BallotService.BallotServiceClient Ballots { get; } = new(channel);
    public TallyService.TallyServiceClient Tally { get; } = new(channel);
    public EventService.EventServiceClient Events { get; } = new(channel);
}
