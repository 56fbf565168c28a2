namespace Deliberation.Engine.Feed;

/// <summary>A watcher read more slowly than events arrived and its queue filled: it must read on from the record.</summary>
public sealed class FeedFellBehind() : Exception("The watcher fell behind the session's events.");
