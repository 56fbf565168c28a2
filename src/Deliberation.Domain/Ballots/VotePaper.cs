using Deliberation.Domain.Ballots.Options;
using Deliberation.Tally.Groups;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Ballots;

/// <summary>
/// What a vote's record holds of the voter's choice: yes/no/abstain on a motion, <see cref="Marks"/> on an options
/// ballot, or a <see cref="Position"/> on a consent ballot. On a public ballot (and one with results hidden) the choice and its receipt, in the clear. On a secret
/// ballot only <see cref="Sealed"/>: choice and receipt encrypted under the ballot's key, which the engine keeps
/// outside the database and destroys when the ballot closes, so that nothing stored links the voter to the choice.
/// </summary>
public sealed record VotePaper(MotionChoice? Choice, string? Receipt, string? Sealed)
{
    /// <summary>The options marked, on an options ballot in the clear.</summary>
    public OptionMarks? Marks { get; init; }

    /// <summary>Consent, stand aside or block, on a consent ballot in the clear.</summary>
    public ConsentChoice? Position { get; init; }

    public static VotePaper Open(OpenedPaper paper) => new(paper.Choice, paper.Receipt, null) { Marks = paper.Marks, Position = paper.Position };

    public static VotePaper Sealing(string sealedChoiceAndReceipt) => new(null, null, sealedChoiceAndReceipt);

    /// <summary>The paper fits the ballot: sealed exactly when the ballot is secret.</summary>
    public bool Fits(BallotSecrecy secrecy) => secrecy == BallotSecrecy.Secret
        ? Sealed is not null && Choice is null && Marks is null && Position is null && Receipt is null
        : Sealed is null && (Choice is not null ? 1 : 0) + (Marks is not null ? 1 : 0) + (Position is not null ? 1 : 0) == 1 && Receipt is not null;
}

/// <summary>A paper's content in the clear: the choice, the marks or the position, and the receipt; what a secret ballot's key seals.</summary>
public sealed record OpenedPaper(MotionChoice? Choice, OptionMarks? Marks, string Receipt)
{
    /// <summary>Consent, stand aside or block, on a consent ballot.</summary>
    public ConsentChoice? Position { get; init; }
}
