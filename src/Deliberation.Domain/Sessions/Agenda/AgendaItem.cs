using Deliberation.Domain.Common;

namespace Deliberation.Domain.Sessions.Agenda;

/// <summary>An item of the session's agenda, worked through in rounds.</summary>
public sealed record AgendaItem(Guid Id, LocalizedText Title, int? DurationMinutes, string? Track, IReadOnlyList<Round> Rounds);
