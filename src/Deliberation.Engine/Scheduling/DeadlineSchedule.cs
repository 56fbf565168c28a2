using Deliberation.Domain.Common;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Deliberation.Engine.Scheduling;

/// <summary>
/// Acts on whatever has a deadline that passed. The deadlines live in a read model, so they survive
/// restarts; each action is a request with an id of its own, so several engine nodes, or a restart in
/// the middle, act once. A rule violation means someone acted first, and is left be.
/// </summary>
public abstract class DeadlineSchedule<T>(IDocumentStore store, TimeProvider clock, ILogger logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    /// <summary>What is due at <paramref name="now"/>.</summary>
    protected abstract Task<IReadOnlyList<T>> DueAsync(IQuerySession query, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Acts on one due item; a <see cref="RuleViolation"/> says there was nothing left to do.</summary>
    protected abstract Task ActAsync(T item, CancellationToken cancellationToken);

    /// <summary>The item in the log's words.</summary>
    protected abstract string Describe(T item);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await ActOnDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not read what is due at its deadline; trying again");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ActOnDueAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<T> due;
        await using (var query = store.QuerySession())
            due = await DueAsync(query, clock.GetUtcNow(), cancellationToken);

        foreach (var item in due)
        {
            try
            {
                await ActAsync(item, cancellationToken);
                logger.LogInformation("{Item}: done at its deadline", Describe(item));
            }
            catch (RuleViolation e)
            {
                logger.LogDebug("{Item} needs nothing at its deadline: {Reason}", Describe(item), e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One item's trouble must not hold up the others' deadlines; it is tried again next time.
                logger.LogWarning(e, "{Item}: could not act at its deadline", Describe(item));
            }
        }
    }
}
