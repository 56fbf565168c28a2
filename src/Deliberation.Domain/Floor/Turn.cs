namespace Deliberation.Domain.Floor;

public enum TurnStatus
{
    Running,
    Paused,
    Ended,
}

/// <summary>
/// One person's time at the floor. The clock is kept as the seconds spoken before the last start or
/// resume, plus the time since then while running; the engine never cuts anyone off.
/// </summary>
public sealed record Turn(
    Guid Id, Guid SpeakerId, Guid RoundId, RequestKind Kind, bool Panelist, int? LimitSeconds,
    TurnStatus Status, double SpokenSeconds, DateTimeOffset? RunningSince, string ChosenBecause, bool Override)
{
    public double SpokenAt(DateTimeOffset now) =>
        SpokenSeconds + (Status == TurnStatus.Running && RunningSince is { } since ? (now - since).TotalSeconds : 0);

    /// <summary>Seconds left of the limit (negative once over it), or null without a limit.</summary>
    public double? RemainingAt(DateTimeOffset now) => LimitSeconds is { } limit ? limit - SpokenAt(now) : null;
}
