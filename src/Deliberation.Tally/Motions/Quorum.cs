namespace Deliberation.Tally.Motions;

/// <summary>What is counted towards a quorum.</summary>
public enum QuorumBasis
{
    /// <summary>The weight of ballots cast, abstentions included.</summary>
    BallotsCast,
    /// <summary>The participants present (<see cref="Electorate.Present"/>).</summary>
    Present,
}

/// <summary>
/// The participation needed for the vote to count: at least <paramref name="Count"/>, or at least
/// <paramref name="Share"/> of the eligible members (both, when both are given).
/// </summary>
public sealed record Quorum(decimal? Count = null, Fraction? Share = null, QuorumBasis Counts = QuorumBasis.BallotsCast)
{
    public static Quorum OfCount(decimal count, QuorumBasis counts = QuorumBasis.BallotsCast) => new(Count: count, Counts: counts);
    public static Quorum OfShare(long numerator, long denominator, QuorumBasis counts = QuorumBasis.BallotsCast) =>
        new(Share: new Fraction(numerator, denominator), Counts: counts);
}

/// <summary>How a quorum was checked: what was needed, what there was.</summary>
public sealed record QuorumCheck(decimal Required, decimal Participation, QuorumBasis Basis, bool Met);
