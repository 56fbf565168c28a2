using Deliberation.Domain.Access;

namespace Deliberation.Domain.Sessions.Agenda;

/// <summary>Close the current round, whatever phase it is in.</summary>
public sealed record CloseRound(Guid SessionId, Guid RoundId, Actor By)
{
    public static RoundClosed Decide(Session? session, CloseRound command, DateTimeOffset now)
    {
        var round = RoundRules.Current(session, command.SessionId, command.RoundId);
        return new RoundClosed(session!.Id, round.Id, command.By, now);
    }
}
