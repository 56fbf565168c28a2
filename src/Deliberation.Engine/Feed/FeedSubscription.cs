using System.Threading.Channels;

namespace Deliberation.Engine.Feed;

/// <summary>
/// One watcher's place in its node's hub: a bounded queue of the live events of its session, those
/// after <see cref="LiveAfter"/>. Events up to there are the watcher's to read from the record.
/// </summary>
public sealed class FeedSubscription : IDisposable
{
    private readonly FeedHub _hub;
    private readonly Channel<FeedEvent> _queue;

    internal FeedSubscription(FeedHub hub, IReadOnlyList<Guid> keys, int capacity)
    {
        _hub = hub;
        Keys = keys;
        _queue = Channel.CreateBounded<FeedEvent>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
    }

    /// <summary>The routing keys of the watched session (its id and its floor's).</summary>
    public IReadOnlyList<Guid> Keys { get; }

    /// <summary>The hub's high-water mark when the watcher joined: every later event of the session arrives in <see cref="Events"/>.</summary>
    public long LiveAfter { get; internal set; }

    /// <summary>The live events, in order; ends with <see cref="FeedFellBehind"/> if the queue overflowed.</summary>
    public ChannelReader<FeedEvent> Events => _queue.Reader;

    /// <summary>Queues an event without waiting; false (and the queue ends) when it is full.</summary>
    internal bool TryDeliver(FeedEvent feedEvent)
    {
        if (_queue.Writer.TryWrite(feedEvent)) return true;
        _queue.Writer.TryComplete(new FeedFellBehind());
        return false;
    }

    public void Dispose() => _hub.Remove(this);
}
