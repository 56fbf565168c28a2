using Deliberation.Domain.Ballots;
using Deliberation.Engine.Requests;
using JasperFx;
using Marten;

namespace Deliberation.Engine.Ballots.Voting;

/// <summary>A vote stream's new events, the version the stream had before them, and the vote after them.</summary>
internal sealed record VoteWrite(Vote Vote, long VersionBefore, IReadOnlyList<object> Events);

/// <summary>
/// Writes a batch of votes with one statement per table (streams, events, vote snapshots, request
/// records) in the session's transaction, where Marten would append stream by stream: its quick-append
/// function, the snapshot's upsert and the record's insert, three statements a vote, cost PostgreSQL
/// nearly twice what these four statements cost a batch's votes together (docs/benchmarks.md). The
/// rows are Marten's own, in its layout and with its names, serializer and sequence, so everything
/// else reads the votes through Marten.
/// Concurrency is the event table's: a version another writer took first breaks its unique key, and the
/// whole batch fails as a conflict (<see cref="CommandRunner.IsConflict"/>).
/// </summary>
internal sealed class VoteRows
{
    private readonly ISerializer serializer;
    private readonly string streamsSql, eventsSql, snapshotsSql, recordsSql;
    private readonly string streamType, voteDotnetType, recordDotnetType;
    private readonly Dictionary<Type, (string Name, string DotnetType)> eventTypes;

    public VoteRows(IDocumentStore store)
    {
        var options = store.Options;
        // The event graph itself: the read-only view of it lacks event type names and stream aliases.
        var events = (Marten.Events.EventGraph)options.Events;
        var schema = events.DatabaseSchemaName;
        serializer = options.Serializer();
        streamType = events.AggregateAliasFor(typeof(Vote));
        voteDotnetType = typeof(Vote).FullName!;
        recordDotnetType = typeof(RequestRecord).FullName!;
        eventTypes = new[] { typeof(Domain.Ballots.CastVote.VoteCast), typeof(Domain.Ballots.CastVote.VoteChanged), typeof(Domain.Ballots.WithdrawVote.VoteWithdrawn) }
            .ToDictionary(t => t, t => (events.EventMappingFor(t).EventTypeName, events.EventMappingFor(t).DotNetTypeName));
        var votes = options.FindOrResolveDocumentType(typeof(Vote)).TableName.QualifiedName;
        var records = options.FindOrResolveDocumentType(typeof(RequestRecord)).TableName.QualifiedName;

        // A stream's row is written before its events (their foreign key needs it); ordered by id, so
        // two batches lock the rows they share in the same order.
        streamsSql = $"""
            insert into {schema}.mt_streams (id, type, version, timestamp, tenant_id)
            select s.id, ?, s.version, now(), '{StorageConstants.DefaultTenantId}' from unnest(?::uuid[], ?::bigint[]) as s(id, version) order by s.id
            on conflict (id) do update set version = greatest({schema}.mt_streams.version, excluded.version), timestamp = excluded.timestamp
            """;
        eventsSql = $"""
            insert into {schema}.mt_events (seq_id, id, stream_id, version, data, type, tenant_id, timestamp, mt_dotnet_type, is_archived)
            select nextval('{schema}.mt_events_sequence'), e.id, e.stream_id, e.version, e.data::jsonb, e.type, '{StorageConstants.DefaultTenantId}', now(), e.dotnet_type, false
            from unnest(?::uuid[], ?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::text[]) as e(id, stream_id, version, data, type, dotnet_type)
            """;
        snapshotsSql = $"""
            insert into {votes} (id, data, mt_version, mt_dotnet_type, mt_last_modified)
            select d.id, d.data::jsonb, d.version, ?, transaction_timestamp() from unnest(?::uuid[], ?::text[], ?::bigint[]) as d(id, data, version) order by d.id
            on conflict (id) do update set data = excluded.data, mt_version = excluded.mt_version, mt_dotnet_type = excluded.mt_dotnet_type, mt_last_modified = excluded.mt_last_modified
            """;
        recordsSql = $"""
            insert into {records} (id, data, mt_dotnet_type, mt_last_modified)
            select r.id, r.data::jsonb, ?, transaction_timestamp() from unnest(?::text[], ?::text[]) as r(id, data)
            """;
    }

    /// <summary>Queues the batch's rows on the session, to be written by its next save.</summary>
    public void Queue(IDocumentSession session, IReadOnlyList<VoteWrite> writes, IReadOnlyList<RequestRecord> records)
    {
        var streams = writes.OrderBy(w => w.Vote.Id).ToList();
        session.QueueSqlCommand(streamsSql, streamType,
            streams.Select(w => w.Vote.Id).ToArray(), streams.Select(w => w.Vote.Version).ToArray());

        var events = writes.SelectMany(w => w.Events.Select((e, i) => (Stream: w.Vote.Id, Version: w.VersionBefore + i + 1, Event: e))).ToList();
        session.QueueSqlCommand(eventsSql,
            events.Select(_ => Guid.CreateVersion7()).ToArray(),
            events.Select(e => e.Stream).ToArray(),
            events.Select(e => e.Version).ToArray(),
            events.Select(e => serializer.ToJson(e.Event)).ToArray(),
            events.Select(e => eventTypes[e.Event.GetType()].Name).ToArray(),
            events.Select(e => eventTypes[e.Event.GetType()].DotnetType).ToArray());

        session.QueueSqlCommand(snapshotsSql, voteDotnetType,
            streams.Select(w => w.Vote.Id).ToArray(), streams.Select(w => serializer.ToJson(w.Vote)).ToArray(), streams.Select(w => w.Vote.Version).ToArray());

        if (records.Count > 0)
            session.QueueSqlCommand(recordsSql, recordDotnetType, records.Select(r => r.Id).ToArray(), records.Select(r => serializer.ToJson(r)).ToArray());
    }
}
