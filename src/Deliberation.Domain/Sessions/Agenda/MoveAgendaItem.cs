using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Sessions.Agenda;

/// <summary>Move an agenda item to another place in the agenda (0 is first; past the end is last).</summary>
public sealed record MoveAgendaItem(Guid SessionId, Guid AgendaItemId, int Position, Actor By)
{
    public static AgendaItemMoved Decide(Session? session, MoveAgendaItem command, DateTimeOffset now)
    {
        if (session is null) throw new NotFound("session", command.SessionId);
        SessionLifecycle.RequireChangeable(session);
        if (session.Agenda.All(i => i.Id != command.AgendaItemId)) throw new NotFound("agenda item", command.AgendaItemId);
        return new AgendaItemMoved(session.Id, command.AgendaItemId, Math.Min(command.Position, session.Agenda.Count - 1), command.By, now);
    }
}
