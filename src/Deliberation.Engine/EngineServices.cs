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
    /// <summary>
    /// The engine's pool settings on a connection string. The pool is the engine's alone: resetting each
    /// connection on checkout made appends ~4x slower. The same few statements run thousands of times (a vote
    /// batch's reads and writes), so each connection prepares them once they recur instead of having
    /// PostgreSQL parse and plan them on every call (about half of the database's time per vote without).
    /// </summary>
    public static string PoolOf(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString)
    {
        NoResetOnClose = true,
        MaxAutoPrepare = 100,
        AutoPrepareMinUsages = 2,
    }.ConnectionString;

    /// <summary>Registers the event store on the given PostgreSQL database, and what runs commands against it.</summary>
    public static IServiceCollection AddDeliberationEngine(this IServiceCollection services, string connectionString)
    {
        var pooled = PoolOf(connectionString);
        services.AddMarten(options =>
            {
                options.Connection(pooled);
                EventStoreSetup.Configure(options);
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CommandRunner>();
        services.AddSingleton<Reader>();
        services.AddHostedService<PhaseDeadlines>();
        // The session feed reads on its own pool, so watchers never wait behind commands for a connection.
        services.AddSingleton(_ => NpgsqlDataSource.Create(pooled));
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
