using Marten;
using Npgsql;

namespace Deliberation.Engine.Ballots;

/// <summary>
/// Orders votes against the close of their ballot without making voters wait for each other:
/// each vote holds the ballot's lock shared for its transaction, closing holds it exclusively.
/// So a vote either commits before the close counts the votes, or it sees the ballot closed.
/// </summary>
internal static class BallotLock
{
    public static Task ShareAsync(IDocumentSession session, Guid ballotId, CancellationToken cancellationToken) =>
        TakeAsync(session, "pg_advisory_xact_lock_shared", ballotId, cancellationToken);

    public static Task TakeExclusiveAsync(IDocumentSession session, Guid ballotId, CancellationToken cancellationToken) =>
        TakeAsync(session, "pg_advisory_xact_lock", ballotId, cancellationToken);

    private static async Task TakeAsync(IDocumentSession session, string function, Guid ballotId, CancellationToken cancellationToken)
    {
        // The lock lives as long as the transaction, so the transaction starts now rather than at SaveChanges.
        await session.BeginTransactionAsync(cancellationToken);
        await session.ExecuteAsync(new NpgsqlCommand($"select {function}($1)") { Parameters = { new() { Value = KeyOf(ballotId) } } },
            cancellationToken);
    }

    private static long KeyOf(Guid ballotId)
    {
        Span<byte> bytes = stackalloc byte[16];
        ballotId.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }
}
