namespace Deliberation.Server.Events;

// Why a watcher's stream ends before the watcher hangs up.

/// <summary>A watcher fell too far behind its session's events; it resumes after the last position it was sent.</summary>
internal sealed class FeedBehind(long lastPosition)
    : Exception($"The watcher read too slowly and fell behind the session's events; watch again after position {lastPosition}.");

/// <summary>The engine is stopping; the watcher resumes after the last position it was sent, on this node later or another now.</summary>
internal sealed class FeedStopping(long lastPosition)
    : Exception($"The engine is stopping; watch again after position {lastPosition}.");
