using Deliberation.Domain.Common;

namespace Deliberation.Domain.Sessions.Agenda;

/// <summary>
/// The one check every phase-bound action makes: submit only in submission, amend only in
/// amendment, vote only in voting. A moderator's recorded override is the caller's to allow.
/// </summary>
public static class PhaseGate
{
    public static void Require(Session session, Phase phase)
    {
        var round = session.CurrentRound;
        if (round is null || round.Status != RoundStatus.Open || round.Phase != phase)
            throw new RuleViolation(RuleViolationReason.PhaseNotOpen,
                round is null
                    ? $"No round is open in session {session.Id}; {phase.ToString().ToLowerInvariant()} needs a round in that phase."
                    : $"The current round is {(round.Status == RoundStatus.Paused ? "paused" : $"in its {round.Phase.ToString().ToLowerInvariant()} phase")}, not {phase.ToString().ToLowerInvariant()}.");
    }
}
