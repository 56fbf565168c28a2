namespace Deliberation.Domain.Floor;

public enum BalanceKind
{
    /// <summary>First come, first served, in the list's order.</summary>
    None,

    /// <summary>The next speaker differs from the last in a group dimension (community, gender), when anyone waiting does.</summary>
    Alternate,

    /// <summary>Those who have spoken least in the session go first.</summary>
    Progressive,
}

/// <summary>How the next speaker is chosen in a round. <paramref name="Dimension"/> is the group dimension alternated on.</summary>
public sealed record BalanceRule(BalanceKind Kind, string? Dimension = null)
{
    public static readonly BalanceRule None = new(BalanceKind.None);
}
