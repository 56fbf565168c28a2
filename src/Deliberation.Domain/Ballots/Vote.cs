using Deliberation.Domain.Ballots.CastVote;
using Deliberation.Domain.Ballots.WithdrawVote;

namespace Deliberation.Domain.Ballots;

/// <summary>
/// One voter's vote on one ballot. Each vote is a stream of its own, so voters never contend
/// with each other for the ballot's stream; its id is derived from ballot and voter (see <see cref="IdFor"/>).
/// A withdrawn vote keeps its stream, with no paper, so that a later vote continues it.
/// </summary>
public sealed record Vote(Guid Id, Guid BallotId, Guid VoterId, VotePaper? Paper, DateTimeOffset At)
{
    /// <summary>The stream's version, set by the event store; a change appends expecting it.</summary>
    public long Version { get; init; }

    /// <summary>Whether a vote stands, to be counted at close.</summary>
    public bool Stands => Paper is not null;

    public static Vote Create(VoteCast e) => new(e.VoteId, e.BallotId, e.VoterId, e.Paper, e.CastAt);

    public Vote Apply(VoteChanged e) => this with { Paper = e.Paper, At = e.ChangedAt };

    public Vote Apply(VoteWithdrawn e) => this with { Paper = null, At = e.WithdrawnAt };

    /// <summary>The stream id of a voter's vote on a ballot: one per pair, whoever computes it.</summary>
    public static Guid IdFor(Guid ballotId, Guid voterId) => Common.DeterministicGuid.Create(ballotId, voterId.ToString());
}
