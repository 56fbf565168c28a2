using Deliberation.Domain.Access;
using Deliberation.Domain.Common;

namespace Deliberation.Domain.Sessions.Agenda;

public sealed record AgendaItemAdded(Guid SessionId, Guid AgendaItemId, LocalizedText Title, int? DurationMinutes, string? Track, Actor By, DateTimeOffset At);

public sealed record AgendaItemMoved(Guid SessionId, Guid AgendaItemId, int Position, Actor By, DateTimeOffset At);

public sealed record RoundOpened(Guid SessionId, Guid AgendaItemId, Guid RoundId, IReadOnlyList<PhasePlan> Phases, DateTimeOffset? PhaseDeadline, Actor By, DateTimeOffset At);

/// <summary>The round moved to its next phase: by a moderator, or by itself when the phase's deadline passed (<c>By</c> is the schedule).</summary>
public sealed record PhaseAdvanced(Guid SessionId, Guid RoundId, int PhaseIndex, Phase Phase, DateTimeOffset? PhaseDeadline, Actor By, DateTimeOffset At);

public sealed record RoundPaused(Guid SessionId, Guid RoundId, int? SecondsLeft, Actor By, DateTimeOffset At);

public sealed record RoundResumed(Guid SessionId, Guid RoundId, DateTimeOffset? PhaseDeadline, Actor By, DateTimeOffset At);

public sealed record RoundClosed(Guid SessionId, Guid RoundId, Actor By, DateTimeOffset At);
