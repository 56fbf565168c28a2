using Deliberation.Domain.Ballots;
using Deliberation.Engine.Ballots.Voting;
using Deliberation.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Deliberation.IntegrationTests;

/// <summary>The node's memory of ballots' electorates, which every vote checks its voter against.</summary>
public class ElectorateCacheTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task Votes_arriving_together_on_a_new_ballot_share_one_read_of_its_electorate()
    {
        var room = await Room.WithVotersAsync(engine, "ana", "ben");
        var (_, ballot) = await room.ProposalWithBallotAsync();
        var commands = new CommandLog();
        await using var dataSource = new NpgsqlDataSourceBuilder(engine.ConnectionString).UseLoggerFactory(commands.Factory).Build();
        await using var store = engine.OpenStore(dataSource);
        var electorates = new Electorates(store);

        var found = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => electorates.FindAsync(Guid.Parse(ballot.BallotId), CancellationToken.None).AsTask())));

        Assert.Equal(1, commands.Count(sql => sql.Contains("mt_doc_electorate")));
        Assert.All(found, electorate => Assert.Same(found[0], electorate));
        Assert.Equal([room["ana"].ParticipantId, room["ben"].ParticipantId],
            found[0]!.Voters.Keys.Select(id => id.ToString()).Order());
    }

    [Fact]
    public async Task A_ballot_that_was_not_found_is_looked_for_again_and_found_once_its_electorate_is_stored()
    {
        await using var store = engine.OpenStore();
        var electorates = new Electorates(store);
        var ballotId = Guid.NewGuid();
        var voter = new Elector(Guid.NewGuid(), 1, new Dictionary<string, string>());

        Assert.Null(await electorates.FindAsync(ballotId, CancellationToken.None));
        await using (var session = store.LightweightSession())
        {
            session.Store(new Electorate(ballotId, Guid.NewGuid(), BallotSecrecy.Public, new Dictionary<Guid, Elector> { [voter.ParticipantId] = voter }));
            await session.SaveChangesAsync();
        }

        var electorate = await electorates.FindAsync(ballotId, CancellationToken.None);
        Assert.Equal(voter.ParticipantId, Assert.Single(electorate!.Voters).Key);
    }

    /// <summary>The SQL that Npgsql reports it ran, from its own log.</summary>
    private sealed class CommandLog : ILoggerProvider, ILogger
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _messages = new();

        public ILoggerFactory Factory => LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Debug).AddProvider(this));

        public int Count(Func<string, bool> matches) => _messages.Count(m => m.Contains("Command execution completed") && matches(m));

        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _messages.Enqueue(formatter(state, exception));
        public void Dispose() { }
    }
}
