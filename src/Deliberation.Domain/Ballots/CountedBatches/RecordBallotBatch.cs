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
/// hybrid room ends in one result: on a motion, counts of yes, no and abstain; on consent, of the
/// <see cref="Positions"/>; on options, the <see cref="Papers"/> by their marks. The counts are not tied to anyone in the electorate; with a group value
/// (e.g. community=serbian) they also count inside it: in the breakdown, and where the rule needs a majority per value.
/// </summary>
public sealed record RecordBallotBatch(Guid BallotId, Guid BatchId, BatchKind Kind, int Yes, int No, int Abstain, string? Dimension, string? Value, string Note, Actor By)
{
    /// <summary>Votes in one batch at most: a hall, not a referendum.</summary>
    public const int MaxVotes = 100_000;

    /// <summary>On an options ballot: the papers counted, grouped by their marks.</summary>
    public IReadOnlyList<CountedPapers> Papers { get; init; } = [];

    /// <summary>On a consent ballot: the positions counted.</summary>
    public CountedPositions Positions { get; init; } = CountedPositions.None;

    public static BallotBatchRecorded Decide(Ballot? ballot, Session session, RecordBallotBatch command, DateTimeOffset now)
    {
        if (ballot is null) throw new NotFound("ballot", command.BallotId);
        SessionLifecycle.RequireChangeable(session);
        if (ballot.Status == BallotStatus.Closed)
            throw new RuleViolation(RuleViolationReason.BallotClosed, $"Ballot {ballot.Id} is closed; no more votes are counted.");
        RequireFits(ballot, command);
        if (command.Dimension is { } dimension && !session.Dimensions.Any(d => d.Key == dimension && d.Values.Any(v => v.Key == command.Value)))
            throw new InvalidInput("group", $"\"{dimension}={command.Value}\" is not a group value of this session");
        return new BallotBatchRecorded(ballot.Id, ballot.SessionId, command.BatchId, command.Kind, command.Yes, command.No, command.Abstain,
            command.Dimension, command.Value, command.Note, command.By, now) { Papers = command.Papers, Positions = command.Positions };
    }

    /// <summary>
    /// A motion's batch counts choices, a consent ballot's positions, an options ballot's papers whose marks fit it, as a
    /// vote would; anything else names the field (counts of choices off a motion are its reason, NOT_A_MOTION).
    /// </summary>
    private static void RequireFits(Ballot ballot, RecordBallotBatch command)
    {
        if (ballot.Options is null && ballot.Rule.Consent is null)
        {
            if (command.Papers.Count > 0)
                throw new InvalidInput("papers", "this ballot is a yes/no/abstain motion: a batch counts yes, no and abstain, not papers");
            if (command.Positions.Total > 0)
                throw new InvalidInput("consent", "this ballot is a yes/no/abstain motion: a batch counts yes, no and abstain, not positions");
            return;
        }
        if (command.Yes + command.No + command.Abstain > 0)
            throw new RuleViolation(RuleViolationReason.NotAMotion, ballot.Options is null
                ? $"Ballot {ballot.Id} is decided by consent; a batch counts consent, stand aside and block, not yes, no and abstain."
                : $"Ballot {ballot.Id} is on options; counts of yes, no and abstain do not apply to it: a batch counts papers.");
        if (ballot.Options is not { } options)
        {
            if (command.Papers.Count > 0) throw new InvalidInput("papers", "this ballot is decided by consent: a batch counts positions, not papers");
            if (command.Positions.Total == 0) throw new InvalidInput("consent", "a batch on a consent ballot counts at least one position");
            return;
        }
        if (command.Positions.Total > 0) throw new InvalidInput("consent", "this ballot is on options: a batch counts papers, not positions");
        if (command.Papers.Count == 0) throw new InvalidInput("papers", "a batch on an options ballot counts at least one paper");
        InvalidInput.ThrowIfAny(command.Papers
            .SelectMany((p, i) => p.Marks.ProblemsOn(options).Select(problem => problem with { Field = $"papers[{i}].{problem.Field}" })
                .Concat(p.Count < 1 ? [new FieldProblem($"papers[{i}].count", "must be at least 1")] : []))
            .ToList());
    }
}

/// <summary>A batch of votes counted in the room, recorded into a ballot: part of its record, marked as such.</summary>
public sealed record BallotBatchRecorded(
    Guid BallotId, Guid SessionId, Guid BatchId, BatchKind Kind, int Yes, int No, int Abstain, string? Dimension, string? Value, string Note, Actor By, DateTimeOffset At)
{
    /// <summary>On an options ballot: the papers counted, grouped by their marks.</summary>
    public IReadOnlyList<CountedPapers> Papers { get; init; } = [];

    /// <summary>On a consent ballot: the positions counted.</summary>
    public CountedPositions Positions { get; init; } = CountedPositions.None;

    public int Votes => Yes + No + Abstain + Positions.Total + Papers.Sum(p => p.Count);

    /// <summary>The group value its votes count in as well, if one was given.</summary>
    public IReadOnlyDictionary<string, string> Groups =>
        Dimension is { } dimension ? new Dictionary<string, string> { [dimension] = Value! } : new Dictionary<string, string>();
}
