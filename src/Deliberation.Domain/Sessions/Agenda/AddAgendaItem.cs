using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Sessions.Agenda;

/// <summary>Add an item at the end of the session's agenda.</summary>
public sealed record AddAgendaItem(Guid SessionId, Guid AgendaItemId, LocalizedText Title, int? DurationMinutes, string? Track, Actor By)
{
    public static AgendaItemAdded Decide(Session? session, AddAgendaItem command, DateTimeOffset now)
    {
        if (session is null) throw new NotFound("session", command.SessionId);
        SessionLifecycle.RequireChangeable(session);
        WorkingLanguages.Require(session.Languages, "agenda item's title", command.Title);
        return new AgendaItemAdded(session.Id, command.AgendaItemId, command.Title, command.DurationMinutes, command.Track, command.By, now);
    }
}
