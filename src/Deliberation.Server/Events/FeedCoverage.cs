namespace Deliberation.Server.Events;

/// <summary>Which stored event types the session feed maps (for the test that keeps it complete).</summary>
public static class FeedCoverage
{
    public static IReadOnlyCollection<Type> Mapped => FeedMapping.Mapped;
}
