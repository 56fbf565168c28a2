using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Ballots;

/// <summary>What every vote, withdrawal included, needs: an open ballot, its round in the voting phase, and a voter of its electorate.</summary>
internal static class VotingRules
{
    public static Elector RequireVoting(Ballot? ballot, Session session, Electorate electorate, Guid ballotId, Guid voterId)
    {
        if (ballot is null) throw new NotFound("ballot", ballotId);
        SessionLifecycle.RequireChangeable(session);
        if (ballot.Status == BallotStatus.Closed)
            throw new RuleViolation(RuleViolationReason.BallotClosed, $"Ballot {ballot.Id} is closed; no more votes are accepted.");
        if (session.CurrentRound?.Id != ballot.RoundId)
            throw new RuleViolation(RuleViolationReason.PhaseNotOpen, $"The round of ballot {ballot.Id} is no longer the current round; its voting phase is over.");
        PhaseGate.Require(session, Phase.Voting);
        return electorate.Require(voterId);
    }
}
