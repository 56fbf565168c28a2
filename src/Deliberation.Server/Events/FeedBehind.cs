namespace Deliberation.Server.Events;

/// <summary>A watcher fell too far behind its session's events; it resumes after the last position it was sent.</summary>
internal sealed class FeedBehind(long lastPosition)
    : Exception($"The watcher read too slowly and fell behind the session's events; watch again after position {lastPosition}.");
