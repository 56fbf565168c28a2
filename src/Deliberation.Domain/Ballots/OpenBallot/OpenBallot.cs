using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Participants;
using Deliberation.Domain.Proposals;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Ballots.OpenBallot;

/// <summary>
/// Open a yes/no/abstain ballot on a proposal in the current round's voting phase, decided by simple
/// majority of the votes cast. Its electorate is every participant with voting rights at this moment,
/// each with weight one; it does not change afterwards.
/// </summary>
/// With an <see cref="AmendmentId"/>, the ballot decides that amendment of the proposal (see <see cref="Proposals.AmendmentDecisions.PutAmendmentToVote"/>).
public sealed record OpenBallot(Guid BallotId, Guid ProposalId, BallotSecrecy Secrecy, bool ChangesAllowed, DateTimeOffset? ClosesAt, Actor By, Guid? AmendmentId = null)
{
    public static BallotOpened Decide(Proposal? proposal, Session session, IEnumerable<Participant> participants, OpenBallot command, DateTimeOffset now)
    {
        if (proposal is null) throw new NotFound("proposal", command.ProposalId);
        SessionLifecycle.RequireChangeable(session);
        PhaseGate.Require(session, Phase.Voting);
        if (command.ClosesAt <= now)
            throw new RuleViolation(RuleViolationReason.DeadlinePassed, $"The ballot would close at {command.ClosesAt:u}, which is not in the future.");
        var electorate = participants
            .Where(p => p.SessionId == session.Id && Permissions.Allows(p.Standing, Permission.Vote, p.VotingRights))
            .Select(p => new Elector(p.Id, 1, p.Groups))
            .ToList();
        return new BallotOpened(command.BallotId, proposal.SessionId, proposal.Id, session.CurrentRound!.Id, DecisionRule.SimpleMajority,
            command.Secrecy, command.ChangesAllowed, electorate, command.ClosesAt, command.By, now, command.AmendmentId);
    }
}
