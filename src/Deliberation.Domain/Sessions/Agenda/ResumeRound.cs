using Deliberation.Domain.Access;
using Deliberation.Domain.Common;

namespace Deliberation.Domain.Sessions.Agenda;

/// <summary>Resume a paused round: its phase's clock runs on from where it stopped.</summary>
public sealed record ResumeRound(Guid SessionId, Guid RoundId, Actor By)
{
    public static RoundResumed Decide(Session? session, ResumeRound command, DateTimeOffset now)
    {
        var round = RoundRules.Current(session, command.SessionId, command.RoundId);
        if (round.Status != RoundStatus.Paused)
            throw new RuleViolation(RuleViolationReason.RoundNotPaused, $"Round {round.Id} is not paused.");
        return new RoundResumed(session!.Id, round.Id, round.SecondsLeft is { } left ? now.AddSeconds(left) : null, command.By, now);
    }
}
