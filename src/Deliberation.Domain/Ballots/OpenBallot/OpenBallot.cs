using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Ballots.OpenBallot;

/// <summary>Open a yes/no/abstain ballot on a proposal, decided by simple majority of the votes cast.</summary>
public sealed record OpenBallot(Guid BallotId, Guid ProposalId, Actor By)
{
    public static BallotOpened Decide(Proposal? proposal, Session session, OpenBallot command, DateTimeOffset now)
    {
        if (proposal is null) throw new NotFound("proposal", command.ProposalId);
        SessionLifecycle.RequireChangeable(session);
        return new BallotOpened(command.BallotId, proposal.SessionId, proposal.Id, DecisionRule.SimpleMajority, command.By, now);
    }
}
