namespace Deliberation.Tally;

public enum TieBreakKind
{
    /// <summary>No tie-break: a tie that decides the result is reported (an irresolute result).</summary>
    None,
    /// <summary>A lot drawn from a published seed; see <see cref="Lot"/>.</summary>
    Lot,
    /// <summary>A stated priority order, for example one the chair announced before the vote.</summary>
    Priority,
}

/// <summary>
/// How ties between options are broken. Every rule turns this into one total order of the options
/// (the tie-breaking order, Tideman's "TBRC"): in any tie the option earlier in that order is preferred
/// (wins, or survives elimination).
/// </summary>
public sealed record TieBreak(TieBreakKind Kind, string? Seed = null, IReadOnlyList<string>? Priority = null)
{
    public static TieBreak None { get; } = new(TieBreakKind.None);

    public static TieBreak ByLot(string seed) => new(TieBreakKind.Lot, Seed: seed);

    public static TieBreak ByPriority(params IReadOnlyList<string> order) => new(TieBreakKind.Priority, Priority: order);

    public override string ToString() => Kind switch
    {
        TieBreakKind.Lot => $"a lot drawn from seed \"{Seed}\"",
        TieBreakKind.Priority => "the stated priority order",
        _ => "no tie-break",
    };
}
