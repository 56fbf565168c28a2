namespace Deliberation.Tally.Budgeting;

/// <summary>What a voter is taken to gain from a project they approve.</summary>
public enum EqualSharesUtility
{
    /// <summary>The project's cost (equalshares.net's default for approval ballots): favours widely supported projects.</summary>
    Cost,
    /// <summary>1 per approved project: favours cheap projects.</summary>
    Approval,
}

public enum EqualSharesCompletion
{
    /// <summary>The plain method: what is left of the budget stays unspent.</summary>
    None,
    /// <summary>
    /// Raise every voter's share step by step and rerun while the outcome still fits the real budget
    /// (equalshares.net's "add1" completion), then spend what is left greedily by approvals.
    /// </summary>
    RaiseSharesThenGreedy,
}

/// <summary>
/// The Method of Equal Shares with its stated variant. <paramref name="Step"/> is the per-voter (per unit of
/// weight) raise of each completion step; by default 1% of the initial share. At most
/// <paramref name="MaxSteps"/> raises are tried.
/// </summary>
public sealed record EqualSharesRule(
    EqualSharesUtility Utility = EqualSharesUtility.Cost,
    EqualSharesCompletion Completion = EqualSharesCompletion.RaiseSharesThenGreedy,
    decimal? Step = null,
    int MaxSteps = 1000,
    TieBreak? TieBreak = null);
