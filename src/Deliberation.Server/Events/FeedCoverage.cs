namespace Deliberation.Server.Events;

/// <summary>Which stored event types the session feed maps, and which it deliberately does not map yet (for the tests that keep the two complete).</summary>
public static class FeedCoverage
{
    public static IReadOnlyCollection<Type> Mapped => FeedMapping.Mapped;

    public static IReadOnlySet<Type> NotYetMapped => FeedMapping.NotYetMapped;
}
