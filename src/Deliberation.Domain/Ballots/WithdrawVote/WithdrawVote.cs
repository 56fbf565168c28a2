using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;

namespace Deliberation.Domain.Ballots.WithdrawVote;

/// <summary>Withdraw a voter's standing vote before the ballot closes, where the ballot allows changes: it is then not counted.</summary>
public sealed record WithdrawVote(Guid BallotId, Guid VoterId)
{
    public Guid VoteId => Vote.IdFor(BallotId, VoterId);

    public static VoteWithdrawn Decide(Ballot? ballot, Session session, Electorate electorate, Vote? earlier, WithdrawVote command, DateTimeOffset now)
    {
        VotingRules.RequireVoting(ballot, session, electorate, command.BallotId, command.VoterId);
        if (earlier is not { Stands: true })
            throw new RuleViolation(RuleViolationReason.NoVoteToWithdraw, $"Participant {command.VoterId} has no vote standing on ballot {command.BallotId}.");
        if (!ballot!.ChangesAllowed)
            throw new RuleViolation(RuleViolationReason.VoteChangeNotAllowed,
                $"Ballot {command.BallotId} does not allow a vote to be withdrawn once cast.");
        return new VoteWithdrawn(command.VoteId, now, command.BallotId, command.VoterId, session.Id);
    }
}

/// <summary>
/// A voter took back their vote; it is not counted unless they vote again. Ballot, voter and session
/// are named for the session feed, which tells every member who withdrew where.
/// </summary>
public sealed record VoteWithdrawn(Guid VoteId, DateTimeOffset WithdrawnAt, Guid BallotId, Guid VoterId, Guid SessionId);
