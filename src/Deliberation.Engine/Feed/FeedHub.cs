using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Deliberation.Engine.Feed;

/// <summary>
/// One reader of new events per node, whatever the number of watchers: watching the events' sequence (which
/// moves whichever node wrote), it advances a high-water mark below which every event is final
/// (see <see cref="Fence"/>), reads the events up to it once, and hands each to the queues of its
/// session's watchers. A full queue ends that watcher's subscription instead of slowing the others or
/// growing; the watcher reads on from the record.
/// </summary>
public sealed class FeedHub(FeedDatabase database, ILogger<FeedHub> logger, int queueCapacity = FeedHub.DefaultQueueCapacity) : BackgroundService
{
    /// <summary>How many events a watcher may have waiting before it is dropped: a few seconds of a busy session.</summary>
    public const int DefaultQueueCapacity = 1024;
    private const int PageSize = 500;

    /// <summary>
    /// How soon the hub looks again for new or finished transactions after activity: the least a watcher
    /// waits beyond the commit. Under a stream of commits (thousands of votes a second) one fence then
    /// gathers many of them, instead of a fence per commit costing the database more than the commits.
    /// </summary>
    private static readonly TimeSpan ShortestWait = TimeSpan.FromMilliseconds(5);

    /// <summary>How long the hub waits at most between looks, when nothing has been appended for a while (the first event after a quiet spell waits up to this).</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(50);

    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, List<FeedSubscription>> _watchers = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _mark;

    /// <summary>Joins the watchers of the events routed by <paramref name="keys"/>, once the hub knows its mark.</summary>
    public async Task<FeedSubscription> SubscribeAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await _started.Task.WaitAsync(cancellationToken);
        var subscription = new FeedSubscription(this, keys, queueCapacity);
        lock (_gate)
        {
            subscription.LiveAfter = _mark;
            foreach (var key in keys)
            {
                if (!_watchers.TryGetValue(key, out var list)) _watchers[key] = list = [];
                list.Add(subscription);
            }
        }
        return subscription;
    }

    internal void Remove(FeedSubscription subscription)
    {
        lock (_gate)
            foreach (var key in subscription.Keys)
                if (_watchers.TryGetValue(key, out var list) && list.Remove(subscription) && list.Count == 0)
                    _watchers.Remove(key);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FollowAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A lost connection: the mark stays, so nothing committed meanwhile is missed.
                logger.LogWarning(e, "The session feed lost its database connection; reconnecting");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task FollowAsync(CancellationToken cancellationToken)
    {
        // Dropped on every (re)connection, so a database the engine could not reach at start loses it too.
        await database.DropNotificationAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        var fences = new List<Fence>();
        var wait = ShortestWait;
        while (true)
        {
            var fence = await database.TakeFenceAsync(connection, cancellationToken);
            if (fences.Count == 0 || fence.Sequence > fences[^1].Sequence) fences.Add(fence);
            var listed = fences.SelectMany(f => f.OpenTransactions).Distinct().ToList();
            var open = listed.Count == 0 ? [] : await database.StillOpenAsync(connection, listed, cancellationToken);
            var passed = fences.TakeWhile(f => !f.OpenTransactions.Any(open.Contains)).ToList();
            fences.RemoveRange(0, passed.Count);
            if (passed.Count > 0)
            {
                if (_started.Task.IsCompleted) await DeliverUpToAsync(connection, passed[^1].Sequence, cancellationToken);
                else StartAt(passed[^1].Sequence);
            }

            // While a fence waits for open transactions, look again soon, less often the longer they stay open.
            // Otherwise watch the sequence: soon after recent appends, less often the longer it stands still.
            if (fences.Count > 0)
            {
                await Task.Delay(wait, cancellationToken);
                wait = Longer(wait);
                continue;
            }
            wait = ShortestWait;
            do
            {
                await Task.Delay(wait, cancellationToken);
                wait = Longer(wait);
            }
            while (await database.SequenceAsync(connection, cancellationToken) <= fence.Sequence);
            wait = ShortestWait;
        }
    }

    private static TimeSpan Longer(TimeSpan wait) => TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestWait.Ticks));

    /// <summary>At start the hub owes nothing to anyone: watchers read what came before from the record.</summary>
    private void StartAt(long mark)
    {
        lock (_gate) _mark = mark;
        _started.TrySetResult();
    }

    private async Task DeliverUpToAsync(NpgsqlConnection connection, long upTo, CancellationToken cancellationToken)
    {
        // Nobody watching: nothing to read. Whoever subscribes next starts after this mark and reads up to it from the record.
        lock (_gate)
            if (_watchers.Count == 0)
            {
                _mark = upTo;
                return;
            }
        while (_mark < upTo)
        {
            var page = await database.ReadAllAsync(connection, _mark, upTo, PageSize, cancellationToken);
            lock (_gate)
            {
                foreach (var feedEvent in page)
                    if (_watchers.TryGetValue(feedEvent.Key, out var watchers))
                        watchers.RemoveAll(watcher => !watcher.TryDeliver(feedEvent));
                _mark = page.Count == PageSize ? page[^1].Position : upTo;
            }
        }
    }
}
