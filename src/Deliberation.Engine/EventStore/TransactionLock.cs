using Marten;
using Marten.Services.BatchQuerying;
using Npgsql;

namespace Deliberation.Engine.EventStore;

/// <summary>
/// Orders many small writes against one that changes what they rely on, without making the small
/// ones wait for each other: each holds the record's lock shared for its transaction, the change
/// holds it exclusively. So a vote either commits before its ballot's close counts the votes, or it
/// sees the ballot closed; a floor command either commits before a change of its session (which then
/// sees it), or sees the change.
/// </summary>
internal static class TransactionLock
{
    public static Task ShareAsync(IDocumentSession session, Guid id, CancellationToken cancellationToken) =>
        ShareAllAsync(session, [id], cancellationToken);

    /// <summary>
    /// Holds several locks shared, taken in one round trip and always in the same order, so that two
    /// writers taking overlapping sets cannot each wait behind the other's queued exclusive request.
    /// </summary>
    public static async Task ShareAllAsync(IDocumentSession session, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var keys = SharedKeys(ids);
        var command = new NpgsqlCommand("select " + string.Join(", ", keys.Select((_, i) => $"pg_advisory_xact_lock_shared(${i + 1})")));
        foreach (var key in keys) command.Parameters.Add(new NpgsqlParameter { Value = key });
        await RunAsync(session, command, cancellationToken);
    }

    /// <summary>
    /// The same locks as the first statement of a batched read, which then costs no round trip of its own:
    /// the batch's statements run in order, so its reads already see what the locks protect. The session's
    /// transaction must have begun (<see cref="IDocumentSession.BeginTransactionAsync"/>).
    /// </summary>
    public static Task ShareAllFirst(IBatchedQuery query, IEnumerable<Guid> ids)
    {
        var keys = SharedKeys(ids);
        return query.Query<string>(
            "select concat(" + string.Join(", ", keys.Select(_ => "pg_advisory_xact_lock_shared(?)::text")) + ")", keys.Cast<object>().ToArray());
    }

    /// <summary>Distinct and always in the same order, so that two writers taking overlapping sets cannot deadlock.</summary>
    private static List<long> SharedKeys(IEnumerable<Guid> ids) => ids.Select(KeyOf).Distinct().Order().ToList();

    public static Task TakeExclusiveAsync(IDocumentSession session, Guid id, CancellationToken cancellationToken) =>
        RunAsync(session, new NpgsqlCommand("select pg_advisory_xact_lock($1)") { Parameters = { new() { Value = KeyOf(id) } } }, cancellationToken);

    private static async Task RunAsync(IDocumentSession session, NpgsqlCommand command, CancellationToken cancellationToken)
    {
        // The lock lives as long as the transaction, so the transaction starts now rather than at SaveChanges.
        await session.BeginTransactionAsync(cancellationToken);
        await session.ExecuteAsync(command, cancellationToken);
    }

    private static long KeyOf(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }
}
