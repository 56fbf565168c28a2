namespace Deliberation.Tally.Budgeting;

/// <summary>
/// The funded projects, in the order they were chosen, what they cost together, and the budget.
/// <paramref name="Complete"/> is false when a tie that matters was met with no tie-break configured: the
/// projects chosen before it are listed and the last entry of <paramref name="Ties"/> is the open tie.
/// </summary>
public sealed record BudgetResult<TDetail>(
    IReadOnlyList<string> Funded,
    decimal Spent,
    decimal Budget,
    bool Complete,
    IReadOnlyList<TieResolution> Ties,
    TDetail Detail,
    string Text);

/// <summary>One project considered by the greedy rule: funded, or skipped because it no longer fit.</summary>
public sealed record GreedyStep(string Project, decimal Approvals, decimal Cost, bool Funded, decimal RemainingAfter);

public sealed record GreedyDetail(IReadOnlyList<GreedyStep> Steps);
