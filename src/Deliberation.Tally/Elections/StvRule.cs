namespace Deliberation.Tally.Elections;

public enum QuotaKind
{
    /// <summary>floor(valid votes / (seats + 1)) + 1; a candidate reaching it is elected.</summary>
    Droop,
    /// <summary>valid votes / seats, exactly.</summary>
    Hare,
}

/// <summary>Single transferable vote: the number of seats, the quota (Droop by default) and the tie-break.</summary>
public sealed record StvRule(int Seats, QuotaKind Quota = QuotaKind.Droop, TieBreak? TieBreak = null);
