using Deliberation.Domain.Ballots.CloseBallot;
using Deliberation.Domain.Ballots.OpenBallot;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Ballots;

public enum BallotStatus
{
    Open,
    Closed,
}

/// <summary>Who may learn what about the votes of a ballot.</summary>
public enum BallotSecrecy
{
    /// <summary>Who voted what is in the record; running totals are shown while the ballot is open.</summary>
    Public,

    /// <summary>Who voted what is in the record once the ballot closes; until then nobody sees any totals.</summary>
    ResultsHidden,

    /// <summary>The record shows who voted, never what they chose; no totals before close.</summary>
    Secret,
}

/// <summary>
/// One vote as the published record of a closed ballot lists it: the voter's receipt, the choice (on a motion) or the
/// <see cref="Marks"/> (on options), its weight, and the voter unless the ballot is secret.
/// </summary>
public sealed record CountedVote(string Receipt, MotionChoice? Choice, Guid? VoterId)
{
    /// <summary>The options marked, on an options ballot.</summary>
    public Options.OptionMarks? Marks { get; init; }

    /// <summary>Consent, stand aside or block, on a consent ballot.</summary>
    public Tally.Groups.ConsentChoice? Position { get; init; }

    /// <summary>What the vote weighs: its voter's weight in the electorate, and the weights of those it was cast for by proxy.</summary>
    public int Weight { get; init; } = 1;

    /// <summary>The electors whose vote this one carried by proxy (on a secret ballot, not named: the weight tells how many).</summary>
    public IReadOnlyList<Guid> ProxyFor { get; init; } = [];
}

/// <summary>
/// A vote held in one round's voting phase: yes/no/abstain on a proposal or an amendment, or on <see cref="Options"/>.
/// The state folded from one ballot stream. Who may vote is kept apart, in <see cref="Electorate"/>, so that this record stays
/// small for the many reads of the voting hot path.
/// </summary>
public sealed record Ballot(
    Guid Id, Guid SessionId, Guid? ProposalId, Guid RoundId, BallotRule Rule, BallotSecrecy Secrecy, bool ChangesAllowed, int ElectorCount,
    BallotStatus Status, DateTimeOffset OpenedAt, DateTimeOffset? ClosesAt, DateTimeOffset? ClosedAt, MotionResult? Result, Turnout? Turnout,
    IReadOnlyList<CountedVote> Record)
{
    /// <summary>Set once closed: how each group value voted, and where the rule needed a majority, whether it held.</summary>
    public IReadOnlyList<GroupVotes> Breakdown { get; init; } = [];

    /// <summary>Votes counted in the room (paper, show of hands) and recorded into the ballot, in the order recorded.</summary>
    public IReadOnlyList<CountedBatches.BallotBatchRecorded> Batches { get; init; } = [];

    /// <summary>The options voted on and their rule, on an options ballot (which has no proposal and no motion <see cref="Rule"/>).</summary>
    public Options.BallotOptions? Options { get; init; }

    /// <summary>Set once an options ballot closes: what was chosen.</summary>
    public Options.OptionsResult? OptionsResult { get; init; }

    /// <summary>Set once a consent ballot closes: the positions, and whether blocks stopped it.</summary>
    public ConsentBallotResult? ConsentResult { get; init; }

    /// <summary>Once closed, whether the proposal (or amendment) voted on was adopted, by whichever rule decided it; null while open and on options.</summary>
    public bool? Adopted => Result?.Adopted ?? ConsentResult?.Adopted;

    /// <summary>The amendment of the proposal the ballot decides, when it decides one rather than the proposal.</summary>
    public Guid? AmendmentId { get; init; }

    /// <summary>When the schedule is to close the ballot; kept in the read model so the schedule finds it after a restart.</summary>
    public DateTimeOffset? DueAt => Status == BallotStatus.Open ? ClosesAt : null;

    public static Ballot Create(BallotOpened e) =>
        new(e.BallotId, e.SessionId, e.ProposalId, e.RoundId, e.Rule, e.Secrecy, e.ChangesAllowed, e.Electorate.Count,
            BallotStatus.Open, e.OpenedAt, e.ClosesAt, null, null, null, []) { AmendmentId = e.AmendmentId, Options = e.Options };

    public Ballot Apply(CountedBatches.BallotBatchRecorded e) => this with { Batches = [.. Batches, e] };

    public Ballot Apply(BallotClosed e) => this with
    {
        Status = BallotStatus.Closed, ClosedAt = e.ClosedAt, Result = e.Result, Turnout = e.Turnout, Record = e.Record, Breakdown = e.Breakdown,
        OptionsResult = e.OptionsResult, ConsentResult = e.ConsentResult,
    };
}
