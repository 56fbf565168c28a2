using System.Net;
using Deliberation.Engine;
using Deliberation.Engine.EmbeddedPostgres;
using Deliberation.Engine.Identity;
using Deliberation.Server.Access;
using Deliberation.Server.Agenda;
using Deliberation.Server.Participants;
using Marten;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Deliberation.Server.Ballots;
using Deliberation.Server.Common;
using Deliberation.Server.Events;
using Deliberation.Server.Floor;
using Deliberation.Server.Grpc;
using Deliberation.Server.Proposals;
using Deliberation.Server.Sessions;
using Deliberation.Server.Tally;
using FluentValidation;
using Grpc.AspNetCore.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Deliberation.Server.Hosting;

/// <summary>
/// The running engine: the gRPC host and, unless given a connection string, the PostgreSQL it started.
/// Disposing stops both, the host first.
/// </summary>
public sealed class DeliberationServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmbeddedPostgresServer? _postgres;

    private DeliberationServer(WebApplication app, EmbeddedPostgresServer? postgres, Uri address, Uri webAddress)
    {
        _app = app;
        _postgres = postgres;
        Address = address;
        WebAddress = webAddress;
    }

    /// <summary>Where gRPC clients connect: HTTP/2 without TLS.</summary>
    public Uri Address { get; }

    /// <summary>Where browsers connect with gRPC-Web: HTTP/1.1.</summary>
    public Uri WebAddress { get; }

    public static async Task<DeliberationServer> StartAsync(ServerOptions options, CancellationToken cancellationToken = default)
    {
        using var bootLogging = LoggerFactory.Create(logging => Logs.Configure(logging, options));
        var logger = bootLogging.CreateLogger<DeliberationServer>();

        EmbeddedPostgresServer? postgres = null;
        if (options.ConnectionString is null)
            postgres = await EmbeddedPostgresServer.StartAsync(options.DataDirectory, options.PostgresBin,
                bootLogging.CreateLogger<EmbeddedPostgresServer>(), cancellationToken);
        var database = new DatabaseConnection(options.ConnectionString ?? postgres!.ConnectionString, postgres is not null);

        try
        {
            var app = Build(options, database);
            await app.StartAsync(cancellationToken);
            switch (await OperatorCredential.EnsureAsync(app.Services.GetRequiredService<IDocumentStore>(), options.OperatorCredential, cancellationToken))
            {
                case (OperatorCredential.Outcome.Created, var made) when options.OperatorCredential is null:
                    logger.LogWarning("Operator credential, shown this once (sign in with it, and keep it safe): {Credential}", made);
                    break;
                case (OperatorCredential.Outcome.Replaced, _):
                    logger.LogWarning("The operator credential was replaced by the one this engine was started with; the old one no longer signs in");
                    break;
            }
            // Kestrel lists its endpoints in the order they were configured: gRPC, then gRPC-Web.
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
                .Select(a => new Uri(a)).ToList();
            logger.LogInformation("Deliberation engine listening on {Address} (gRPC) and {WebAddress} (gRPC-Web), using the {Database}",
                addresses[0], addresses[1], database.Describe());
            return new DeliberationServer(app, postgres, addresses[0], addresses[1]);
        }
        catch
        {
            if (postgres is not null) await postgres.StopAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C, SIGTERM).</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_postgres is not null) await _postgres.StopAsync();
    }

    private static WebApplication Build(ServerOptions options, DatabaseConnection database)
    {
        var builder = WebApplication.CreateSlimBuilder();
        Logs.Configure(builder.Logging, options);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var address = options.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(options.Host);
            kestrel.Listen(address, options.Port, listen => listen.Protocols = HttpProtocols.Http2);
            kestrel.Listen(address, options.WebPort, listen => listen.Protocols = HttpProtocols.Http1);
        });

        ValidationDefaults.Apply();
        var services = builder.Services;
        services.AddSingleton(database);
        services.AddSingleton(options.Clock);
        services.AddSingleton(provider => new Tokens(SigningKey.LoadOrCreate(options.SigningKeyPath), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SessionAccess>();
        services.AddSingleton(provider => new JoinCodes(provider.GetRequiredService<Tokens>().DeriveSecret("join codes")));
        Authentication.Add(services, options);
        services.AddDeliberationEngine(database.ConnectionString);
        services.AddSingleton(new Engine.Ballots.Secrecy.BallotKeys(Path.Combine(options.DataDirectory, "ballot-keys")));
        services.AddHostedService<Engine.Ballots.CloseBallot.BallotDeadlines>();
        services.AddGrpc(grpc =>
        {
            grpc.Interceptors.Add<ErrorMappingInterceptor>();
            grpc.Interceptors.Add<ValidationInterceptor>();
        }).AddServiceOptions<TallyService>(tally => tally.MaxReceiveMessageSize = TallyLimits.MessageBytes);
        services.AddValidatorsFromAssemblyContaining<DeliberationServer>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        var app = builder.Build();
        app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });
        app.UseAuthentication();
        app.MapGrpcService<AccessService>();
        app.MapGrpcService<SessionService>();
        app.MapGrpcService<ParticipantService>();
        app.MapGrpcService<AgendaService>();
        app.MapGrpcService<FloorService>();
        app.MapGrpcService<ProposalService>();
        app.MapGrpcService<BallotService>();
        app.MapGrpcService<TallyService>();
        app.MapGrpcService<EventService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }
}
