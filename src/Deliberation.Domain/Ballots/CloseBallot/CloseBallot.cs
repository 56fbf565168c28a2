using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Lifecycle;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Ballots.CloseBallot;

/// <summary>Close a ballot and tally every vote standing on it; closing is final.</summary>
public sealed record CloseBallot(Guid BallotId, Actor By)
{
    public static BallotClosed Decide(Ballot? ballot, Session session, IReadOnlyCollection<Vote> votes, CloseBallot command, DateTimeOffset now)
    {
        if (ballot is null) throw new NotFound("ballot", command.BallotId);
        SessionLifecycle.RequireChangeable(session);
        if (ballot.Status == BallotStatus.Closed)
            throw new RuleViolation(RuleViolationReason.BallotClosed, $"Ballot {ballot.Id} is already closed.");
        if (votes.Any(v => v.BallotId != ballot.Id))
            throw new ArgumentException("Only the ballot's own votes can be tallied.", nameof(votes));

        var standing = votes.Where(v => v.Stands).Select(v => v.Choice!.Value);
        var result = ballot.Rule switch
        {
            DecisionRule.SimpleMajority => SimpleMajority.Tally(standing),
            _ => throw new ArgumentOutOfRangeException(nameof(ballot), ballot.Rule, "Unknown decision rule."),
        };
        return new BallotClosed(ballot.Id, result, command.By, now);
    }
}
