using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Ballots.CountedBatches;

/// <summary>How a batch of votes was taken in the room.</summary>
public enum BatchKind
{
    /// <summary>Paper ballots, counted by hand.</summary>
    Paper,

    /// <summary>A show of hands, counted by the moderator.</summary>
    ShowOfHands,
}

/// <summary>
/// Record votes counted in the room (paper ballots or a show of hands) into an open ballot, so that a
/// hybrid room ends in one result. The counts are not tied to anyone in the electorate; with a group value
/// (e.g. community=serbian) they also count inside it where the rule needs a majority per value.
/// </summary>
public sealed record RecordBallotBatch(Guid BallotId, Guid BatchId, BatchKind Kind, int Yes, int No, int Abstain, string? Dimension, string? Value, string Note, Actor By)
{
    /// <summary>Votes in one batch at most: a hall, not a referendum.</summary>
    public const int MaxVotes = 100_000;

    public static BallotBatchRecorded Decide(Ballot? ballot, Session session, RecordBallotBatch command, DateTimeOffset now)
    {
        if (ballot is null) throw new NotFound("ballot", command.BallotId);
        SessionLifecycle.RequireChangeable(session);
        if (ballot.Status == BallotStatus.Closed)
            throw new RuleViolation(RuleViolationReason.BallotClosed, $"Ballot {ballot.Id} is closed; no more votes are counted.");
        if (ballot.Options is not null)
            throw new RuleViolation(RuleViolationReason.NotAMotion, $"Ballot {ballot.Id} is on options; counts of yes, no and abstain do not apply to it.");
        if (command.Dimension is { } dimension && !session.Dimensions.Any(d => d.Key == dimension && d.Values.Any(v => v.Key == command.Value)))
            throw new InvalidInput("group", $"\"{dimension}={command.Value}\" is not a group value of this session");
        return new BallotBatchRecorded(ballot.Id, ballot.SessionId, command.BatchId, command.Kind, command.Yes, command.No, command.Abstain,
            command.Dimension, command.Value, command.Note, command.By, now);
    }
}

/// <summary>A batch of votes counted in the room, recorded into a ballot: part of its record, marked as such.</summary>
public sealed record BallotBatchRecorded(
    Guid BallotId, Guid SessionId, Guid BatchId, BatchKind Kind, int Yes, int No, int Abstain, string? Dimension, string? Value, string Note, Actor By, DateTimeOffset At)
{
    public int Votes => Yes + No + Abstain;
}
