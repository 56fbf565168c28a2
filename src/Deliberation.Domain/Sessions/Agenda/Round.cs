namespace Deliberation.Domain.Sessions.Agenda;

public enum RoundStatus
{
    Open,
    Paused,
    Closed,
}

/// <summary>
/// One pass through an agenda item, phase by phase. <see cref="PhaseDeadline"/> is when the current
/// phase advances by itself; while paused, <see cref="SecondsLeft"/> keeps what was left of it.
/// </summary>
public sealed record Round(
    Guid Id, int Number, IReadOnlyList<PhasePlan> Phases, int PhaseIndex, RoundStatus Status,
    DateTimeOffset? PhaseDeadline, int? SecondsLeft)
{
    public Phase Phase => Phases[PhaseIndex].Phase;

    public bool IsCurrent => Status is RoundStatus.Open or RoundStatus.Paused;

    /// <summary>The deadline of the phase at <paramref name="index"/> if it started at <paramref name="now"/>.</summary>
    public DateTimeOffset? DeadlineOf(int index, DateTimeOffset now) =>
        Phases[index].DurationSeconds is { } seconds ? now.AddSeconds(seconds) : null;
}
