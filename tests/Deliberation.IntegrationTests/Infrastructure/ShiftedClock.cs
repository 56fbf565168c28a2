namespace Deliberation.IntegrationTests.Infrastructure;

/// <summary>The system's clock, moved forward by as much as a test says: timers still run in real time.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
