using Deliberation.Engine.Ballots;
using Deliberation.Engine.Ballots.Voting;
using Deliberation.Engine.EventStore;
using Deliberation.Engine.Feed;
using Deliberation.Engine.Requests;
using Deliberation.Engine.Sessions.Agenda;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Deliberation.Engine;

public static class EngineServices
{
    /// <summary>Registers the event store on the given PostgreSQL database, and what runs commands against it.</summary>
    public static IServiceCollection AddDeliberationEngine(this IServiceCollection services, string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            // The pool is the engine's alone; resetting each connection on checkout made appends ~4x slower.
            NoResetOnClose = true,
        };
        services.AddMarten(options =>
            {
                options.Connection(builder.ConnectionString);
                EventStoreSetup.Configure(options);
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CommandRunner>();
        services.AddSingleton<Reader>();
        services.AddHostedService<PhaseDeadlines>();
        // The session feed reads on its own pool, so watchers never wait behind commands for a connection.
        services.AddSingleton(_ => NpgsqlDataSource.Create(builder.ConnectionString));
        services.AddSingleton<FeedDatabase>();
        services.AddSingleton<FeedHub>();
        services.AddHostedService(provider => provider.GetRequiredService<FeedHub>());
        services.AddSingleton<Electorates>();
        services.AddSingleton<BallotReader>();
        services.AddSingleton<VoteBatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<VoteBatcher>());
        return services;
    }
}
