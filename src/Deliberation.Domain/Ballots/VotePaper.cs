using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Ballots;

/// <summary>
/// What a vote's record holds of the voter's choice. On a public ballot (and one with results
/// hidden) the choice and its receipt, in the clear. On a secret ballot only <see cref="Sealed"/>:
/// choice and receipt encrypted under the ballot's key, which the engine keeps outside the database
/// and destroys when the ballot closes, so that nothing stored links the voter to the choice.
/// </summary>
public sealed record VotePaper(MotionChoice? Choice, string? Receipt, string? Sealed)
{
    public static VotePaper Open(MotionChoice choice, string receipt) => new(choice, receipt, null);

    public static VotePaper Sealing(string sealedChoiceAndReceipt) => new(null, null, sealedChoiceAndReceipt);

    /// <summary>The paper fits the ballot: sealed exactly when the ballot is secret.</summary>
    public bool Fits(BallotSecrecy secrecy) => secrecy == BallotSecrecy.Secret ? Sealed is not null && Choice is null && Receipt is null : Sealed is null && Choice is not null && Receipt is not null;
}
