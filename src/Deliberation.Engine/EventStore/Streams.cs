using Marten;

namespace Deliberation.Engine.EventStore;

/// <summary>The two ways a command writes a stream, each answering with the state its events lead to.</summary>
public static class Streams
{
    /// <summary>Starts a new stream; fails at save if a stream with that id exists.</summary>
    public static T Start<T>(this IDocumentSession session, Guid id, params object[] events) where T : class
    {
        session.Events.StartStream<T>(id, events);
        return Fold<T>.Apply(null, id, events);
    }

    /// <summary>
    /// Decides on an existing (or new) stream under optimistic concurrency: the events are appended
    /// expecting the version that was read, so a concurrent writer makes the save fail, not disappear.
    /// </summary>
    public static async Task<T> DecideAsync<T>(this IDocumentSession session, Guid id, Func<T?, IReadOnlyList<object>> decide,
        CancellationToken cancellationToken) where T : class
    {
        var stream = await session.Events.FetchForWriting<T>(id, cancellationToken);
        var events = decide(stream.Aggregate);
        stream.AppendMany(events);
        return Fold<T>.Apply(stream.Aggregate, id, events);
    }
}
