namespace Deliberation.Engine.Feed;

/// <summary>
/// A committed event on its way to a session's watchers: its place in the record (Marten's global
/// sequence number), the key it is routed by (its session's id, or for floor events the floor's id),
/// the domain event and when it happened.
/// </summary>
public sealed record FeedEvent(long Position, Guid Key, object Data, DateTimeOffset At);
