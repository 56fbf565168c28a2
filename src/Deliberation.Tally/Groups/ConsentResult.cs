using Deliberation.Tally.Motions;

namespace Deliberation.Tally.Groups;

public enum ConsentOutcome
{
    Adopted,
    Blocked,
    /// <summary>No block, but no consent either (everyone stood aside or nobody voted).</summary>
    NoConsent,
    NoQuorum,
}

/// <summary>One group's positions and whether its blocks alone stop the decision.</summary>
public sealed record GroupPositions(string Group, decimal Consent, decimal StandAside, decimal Block, bool Stops);

/// <summary>The consent count: totals, each group's positions, what stopped it (if anything), one sentence.</summary>
public sealed record ConsentResult(
    decimal Consent,
    decimal StandAside,
    decimal Block,
    IReadOnlyList<GroupPositions> Groups,
    QuorumCheck? Quorum,
    bool StoppedOverall,
    IReadOnlyList<string> StoppingGroups,
    ConsentOutcome Outcome,
    string Text)
{
    public bool Adopted => Outcome == ConsentOutcome.Adopted;
}
