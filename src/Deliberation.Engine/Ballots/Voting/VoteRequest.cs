using Deliberation.Engine.Requests;
using Deliberation.Tally.Motions;

namespace Deliberation.Engine.Ballots.Voting;

/// <summary>One voter's request on one ballot, as the batcher queues it: the request's key for idempotency, and what to do.</summary>
public abstract record VoteRequest(RequestKey Key, Guid BallotId, Guid VoterId)
{
    // Read-only, so that no copy made `with` another ballot or voter keeps this one's vote id.
    public Guid BallotId { get; } = BallotId;
    public Guid VoterId { get; } = VoterId;

    /// <summary>The voter's vote stream on the ballot, derived once: a batch needs it for its read and its decision.</summary>
    public Guid VoteId { get; } = Domain.Ballots.Vote.IdFor(BallotId, VoterId);
}

/// <summary>Cast (or, where the ballot allows, change) the voter's vote: a choice on a motion, marks on an options ballot, a position on consent.</summary>
public sealed record CastRequest(RequestKey Key, Guid BallotId, Guid VoterId, MotionChoice? Choice, Domain.Ballots.Options.OptionMarks? Marks = null,
    Tally.Groups.ConsentChoice? Position = null)
    : VoteRequest(Key, BallotId, VoterId);

/// <summary>Withdraw the voter's standing vote.</summary>
public sealed record WithdrawRequest(RequestKey Key, Guid BallotId, Guid VoterId) : VoteRequest(Key, BallotId, VoterId);
