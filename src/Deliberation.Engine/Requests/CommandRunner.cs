using Marten;
using JasperFx;
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
            await using var session = store.LightweightSession();
            var earlier = await session.LoadAsync<RequestRecord>(key.Id, cancellationToken);
            if (earlier is not null) return earlier.ResultFor<TResult>(key);

            var now = clock.GetUtcNow();
            try
            {
                var result = await command(session, now, cancellationToken);
                session.Insert(RequestRecord.For(key, result, now));
                await session.SaveChangesAsync(cancellationToken);
                return result;
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
        }
    }

    private static bool IsConflict(Exception e) =>
        e is ConcurrencyException or DocumentAlreadyExistsException
            or JasperFx.Events.ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException;
}
