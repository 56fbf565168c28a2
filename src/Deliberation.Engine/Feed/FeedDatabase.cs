using Deliberation.Engine.EventStore;
using Marten;
using Npgsql;

namespace Deliberation.Engine.Feed;

/// <summary>
/// The feed's SQL: watching the events' sequence, the high-water fence, and reading events in order.
/// It has its own connection pool, apart from the commands'.
/// </summary>
public sealed class FeedDatabase(NpgsqlDataSource dataSource, IDocumentStore store)
{
    private const string Schema = EventStoreSetup.Schema;
    private const string Columns = "seq_id, coalesce(data->>'SessionId', data->>'FloorId'), mt_dotnet_type, data::text, timestamp";

    private readonly EventTypes _types = new();

    /// <summary>
    /// Drops the notification trigger earlier versions put on the events table. A transaction that notifies
    /// holds one lock for the whole database through its commit, so every such commit waited for the one
    /// before it and its WAL flush: appends could not commit together. The hub polls the sequence instead.
    /// </summary>
    public async Task DropNotificationAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // DROP TRIGGER locks the events table exclusively even when there is nothing to drop: only where it exists.
        await using var command = new NpgsqlCommand($"""
            do $$ begin
              if exists (select from pg_trigger where tgname = 'feed_notify' and tgrelid = '{Schema}.mt_events'::regclass) then
                drop trigger feed_notify on {Schema}.mt_events;
              end if;
            end $$;
            drop function if exists {Schema}.feed_notify();
            """, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>The highest sequence number taken so far: one cheap read, for noticing that events were appended.</summary>
    internal async Task<long> SequenceAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(SequenceSql, connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private const string SequenceSql = $"select case when is_called then last_value else last_value - 1 end from {Schema}.mt_events_sequence";

    /// <summary>
    /// The highest sequence number taken so far, then the transactions open in this database (each holds
    /// the lock on its own virtual transaction id from its start to its end, as CREATE INDEX CONCURRENTLY
    /// relies on). The order matters: a number taken before the first read belongs to a transaction that
    /// is either over or listed by the second.
    /// </summary>
    internal async Task<Fence> TakeFenceAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new(SequenceSql),
                new("""
                    select coalesce(array_agg(l.virtualxid), '{}') from pg_locks l join pg_stat_activity a on a.pid = l.pid
                    where l.locktype = 'virtualxid' and l.mode = 'ExclusiveLock' and l.granted
                      and a.datname = current_database() and l.pid <> pg_backend_pid()
                    """),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var sequence = reader.GetInt64(0);
        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new Fence(sequence, reader.GetFieldValue<string[]>(0));
    }

    /// <summary>Which of the listed transactions are still open.</summary>
    internal async Task<HashSet<string>> StillOpenAsync(NpgsqlConnection connection, IEnumerable<string> transactions,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "select l.virtualxid from pg_locks l where l.locktype = 'virtualxid' and l.mode = 'ExclusiveLock' and l.virtualxid = any($1)",
            connection) { Parameters = { new() { Value = transactions.ToArray() } } };
        var open = new HashSet<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) open.Add(reader.GetString(0));
        return open;
    }

    /// <summary>Every session's events after <paramref name="after"/> up to <paramref name="upTo"/>, in order, at most <paramref name="limit"/>.</summary>
    internal Task<IReadOnlyList<FeedEvent>> ReadAllAsync(NpgsqlConnection connection, long after, long upTo, int limit,
        CancellationToken cancellationToken) =>
        ReadAsync(connection, "", after, upTo, limit, [], cancellationToken);

    /// <summary>One session's events (those keyed by any of <paramref name="keys"/>) after a position up to another, in order.</summary>
    public async Task<IReadOnlyList<FeedEvent>> ReadSessionAsync(IReadOnlyList<Guid> keys, long after, long upTo, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var texts = keys.Select(k => k.ToString()).ToArray();
        return await ReadAsync(connection, "and (data->>'SessionId' = any($4) or data->>'FloorId' = any($4))", after, upTo, limit,
            [new NpgsqlParameter { Value = texts }], cancellationToken);
    }

    private async Task<IReadOnlyList<FeedEvent>> ReadAsync(NpgsqlConnection connection, string filter, long after, long upTo, int limit,
        NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        // Marten's tombstones stand for numbers a rolled-back append had taken: they belong to no session.
        await using var command = new NpgsqlCommand($"""
            select {Columns} from {Schema}.mt_events
            where seq_id > $1 and seq_id <= $2 and type <> 'tombstone' {filter}
            order by seq_id limit $3
            """, connection)
        {
            Parameters = { new() { Value = after }, new() { Value = upTo }, new() { Value = limit } },
        };
        command.Parameters.AddRange(parameters);
        var events = new List<FeedEvent>();
        var serializer = store.Options.Serializer();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var type = _types.Of(reader.GetString(2));
            var key = reader.IsDBNull(1) ? Guid.Empty : Guid.Parse(reader.GetString(1));
            using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(reader.GetString(3)));
            events.Add(new FeedEvent(reader.GetInt64(0), key, serializer.FromJson(type, json), reader.GetFieldValue<DateTimeOffset>(4)));
        }
        return events;
    }
}
