using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Ballots.CastVote;

/// <summary>
/// Cast a voter's vote on an open ballot in its round's voting phase. A later vote changes the
/// first where the ballot allows changes; elsewhere a vote once cast stands.
/// </summary>
public sealed record CastVote(Guid BallotId, Guid VoterId, MotionChoice Choice)
{
    public Guid VoteId => Vote.IdFor(BallotId, VoterId);

    /// <param name="receipt">The fresh receipt code that the voter is given for this vote.</param>
    public static object Decide(Ballot? ballot, Session session, Electorate electorate, Vote? earlier, CastVote command, string receipt, DateTimeOffset now)
    {
        VotingRules.RequireVoting(ballot, session, electorate, command.BallotId, command.VoterId);
        if (earlier is null) return new VoteCast(command.VoteId, command.BallotId, command.VoterId, command.Choice, receipt, now);
        if (!ballot!.ChangesAllowed)
            throw new RuleViolation(RuleViolationReason.AlreadyVoted,
                $"Participant {command.VoterId} has already voted on ballot {ballot.Id}, and this ballot does not allow changing a vote.");
        return new VoteChanged(command.VoteId, command.Choice, receipt, now);
    }
}
