using Deliberation.Domain.Common;
using Deliberation.Engine.EventStore;
using JasperFx;
using Marten;
using Microsoft.Extensions.Logging;

namespace Deliberation.Engine.Requests;

/// <summary>
/// Runs one command in one unit of work: the command reads what it needs and appends its events,
/// the request's answer is stored beside them, and all of it commits together or not at all.
/// A retried request id gets the stored answer; a concurrent write to the same stream is retried
/// from a fresh read, and reported as <see cref="ConcurrencyConflict"/> when it keeps happening.
/// </summary>
public sealed class CommandRunner(IDocumentStore store, TimeProvider clock, ILogger<CommandRunner> logger)
{
    private const int Attempts = 5;

    public delegate Task<TResult> Command<TResult>(IDocumentSession session, DateTimeOffset now, CancellationToken cancellationToken);

    public async Task<TResult> RunAsync<TResult>(RequestKey key, Command<TResult> command, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await FindAsync(key, cancellationToken) is { } earlier) return earlier.ResultFor<TResult>(key);
            try
            {
                return await AttemptAsync(key, command, cancellationToken);
            }
            catch (Exception e) when (IsConflict(e) && attempt < Attempts)
            {
                // Another writer got there first: the same request (its record now exists) or the same stream.
                logger.LogDebug(e, "Retrying {Operation} after a concurrent write (attempt {Attempt})", key.Operation, attempt);
            }
            catch (Exception e) when (IsConflict(e))
            {
                throw new ConcurrencyConflict(e);
            }
            catch (Exception e) when (e is RuleViolation or NotFound)
            {
                // A copy of this request may have committed after we looked: then what we saw was its
                // effect (a vote already cast, say), and its answer is the answer.
                if (await FindAsync(key, cancellationToken) is { } concurrent) return concurrent.ResultFor<TResult>(key);
                throw;
            }
        }
    }

    /// <summary>Runs a command that decides on one stream alone.</summary>
    public Task<T> DecideAsync<T>(RequestKey key, Guid streamId, Func<T?, DateTimeOffset, IReadOnlyList<object>> decide,
        CancellationToken cancellationToken) where T : class =>
        RunAsync(key, (session, now, ct) => session.DecideAsync<T>(streamId, state => decide(state, now), ct), cancellationToken);

    private async Task<TResult> AttemptAsync<TResult>(RequestKey key, Command<TResult> command, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var now = clock.GetUtcNow();
        var result = await command(session, now, cancellationToken);
        session.Insert(RequestRecord.For(key, result, now));
        await session.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>The answer already given to this request, if it is still to be replayed.</summary>
    private async Task<RequestRecord?> FindAsync(RequestKey key, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var record = await session.LoadAsync<RequestRecord>(key.Id, cancellationToken);
        return record is not null && (key.ReplayWindow is not { } window || clock.GetUtcNow() - record.RecordedAt <= window) ? record : null;
    }

    /// <summary>
    /// Whether another writer got there first. Marten names the conflicts of its own operations; the
    /// engine's own statements (<see cref="Ballots.Voting.VoteRows"/>) meet them as a key taken or a deadlock.
    /// </summary>
    internal static bool IsConflict(Exception e) =>
        e is ConcurrencyException or DocumentAlreadyExistsException
            or JasperFx.Events.ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException
        || (e as Npgsql.PostgresException ?? e.InnerException as Npgsql.PostgresException)?.SqlState
            is Npgsql.PostgresErrorCodes.UniqueViolation or Npgsql.PostgresErrorCodes.DeadlockDetected;
}
