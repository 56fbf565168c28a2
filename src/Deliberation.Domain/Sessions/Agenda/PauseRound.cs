using Deliberation.Domain.Access;
using Deliberation.Domain.Common;

namespace Deliberation.Domain.Sessions.Agenda;

/// <summary>Pause the current round: its phase's clock stops until it resumes.</summary>
public sealed record PauseRound(Guid SessionId, Guid RoundId, Actor By)
{
    public static RoundPaused Decide(Session? session, PauseRound command, DateTimeOffset now)
    {
        var round = RoundRules.Running(session, command.SessionId, command.RoundId);
        int? left = round.PhaseDeadline is { } deadline ? (int)Math.Max(0, Math.Ceiling((deadline - now).TotalSeconds)) : null;
        return new RoundPaused(session!.Id, round.Id, left, command.By, now);
    }
}
