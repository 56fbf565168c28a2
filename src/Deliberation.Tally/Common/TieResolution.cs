namespace Deliberation.Tally;

/// <summary>What settled a tie.</summary>
public enum TieMethod
{
    /// <summary>Nothing: no tie-break was configured, so the tie is reported.</summary>
    Unresolved,
    Lot,
    Priority,
    /// <summary>Backwards tie-breaking: the option with fewer votes in the latest earlier round where they differed.</summary>
    EarlierRounds,
}

/// <summary>
/// A tie met during the count and what settled it. <paramref name="Chosen"/> is the option that won
/// (or, for an elimination, the option eliminated); it is null when the tie was not resolved.
/// </summary>
public sealed record TieResolution(string Stage, IReadOnlyList<string> Tied, string? Chosen, TieMethod By)
{
    public bool Resolved => Chosen is not null;
}
