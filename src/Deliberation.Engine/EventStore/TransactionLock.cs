using Marten;
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
        TakeAsync(session, "pg_advisory_xact_lock_shared", id, cancellationToken);

    public static Task TakeExclusiveAsync(IDocumentSession session, Guid id, CancellationToken cancellationToken) =>
        TakeAsync(session, "pg_advisory_xact_lock", id, cancellationToken);

    private static async Task TakeAsync(IDocumentSession session, string function, Guid id, CancellationToken cancellationToken)
    {
        // The lock lives as long as the transaction, so the transaction starts now rather than at SaveChanges.
        await session.BeginTransactionAsync(cancellationToken);
        await session.ExecuteAsync(new NpgsqlCommand($"select {function}($1)") { Parameters = { new() { Value = KeyOf(id) } } },
            cancellationToken);
    }

    private static long KeyOf(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }
}
