using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Lifecycle;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Ballots.CastVote;

/// <summary>Cast a voter's vote on an open ballot; a vote once cast stands.</summary>
public sealed record CastVote(Guid BallotId, Guid VoterId, MotionChoice Choice)
{
    public Guid VoteId => Vote.IdFor(BallotId, VoterId);

    public static VoteCast Decide(Ballot? ballot, Session session, Vote? earlier, CastVote command, DateTimeOffset now)
    {
        if (ballot is null) throw new NotFound("ballot", command.BallotId);
        SessionLifecycle.RequireChangeable(session);
        if (ballot.Status == BallotStatus.Closed)
            throw new RuleViolation(RuleViolationReason.BallotClosed, $"Ballot {ballot.Id} is closed; no more votes are accepted.");
        if (earlier is not null)
            throw new RuleViolation(RuleViolationReason.AlreadyVoted,
                $"Participant {command.VoterId} has already voted on ballot {ballot.Id}, and this ballot does not allow changing a vote.");
        return new VoteCast(command.VoteId, command.BallotId, command.VoterId, command.Choice, now);
    }
}
