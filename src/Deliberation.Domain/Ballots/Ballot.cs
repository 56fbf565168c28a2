using Deliberation.Domain.Ballots.CloseBallot;
using Deliberation.Domain.Ballots.OpenBallot;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Ballots;

public enum BallotStatus
{
    Open,
    Closed,
}

/// <summary>The rule a ballot is decided by, fixed when it opens.</summary>
public enum DecisionRule
{
    /// <summary>More yes than no among the votes cast; abstentions do not count; a tie fails.</summary>
    SimpleMajority,
}

/// <summary>A yes/no/abstain vote on a proposal: the state folded from one ballot stream.</summary>
public sealed record Ballot(
    Guid Id, Guid SessionId, Guid ProposalId, DecisionRule Rule, BallotStatus Status,
    DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, MotionResult? Result)
{
    public static Ballot Create(BallotOpened e) =>
        new(e.BallotId, e.SessionId, e.ProposalId, e.Rule, BallotStatus.Open, e.OpenedAt, null, null);

    public Ballot Apply(BallotClosed e) => this with { Status = BallotStatus.Closed, ClosedAt = e.ClosedAt, Result = e.Result };
}
