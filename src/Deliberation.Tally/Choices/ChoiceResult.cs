namespace Deliberation.Tally.Choices;

/// <summary>
/// The result of a single-winner choice rule. <paramref name="Winners"/> has one option when the result is
/// decided, and several when a tie decides it and no tie-break is configured (an irresolute result).
/// <paramref name="Ties"/> lists every tie met on the way and what settled it; <paramref name="Detail"/> is the
/// rule's own structured explanation; <paramref name="Text"/> is one plain sentence.
/// </summary>
public sealed record ChoiceResult<TDetail>(
    IReadOnlyList<string> Winners,
    IReadOnlyList<TieResolution> Ties,
    TDetail Detail,
    string Text)
{
    public string? Winner => Winners.Count == 1 ? Winners[0] : null;
    public bool IsTie => Winners.Count != 1;
}

/// <summary>An option and a number: votes, approvals, points.</summary>
public sealed record OptionTotal(string Option, decimal Total);

/// <summary>Totals per option (in the order the options were given) and what they measure.</summary>
public sealed record TotalsDetail(string Measure, IReadOnlyList<OptionTotal> Totals, decimal TotalWeight);
