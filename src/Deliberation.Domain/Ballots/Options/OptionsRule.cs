using Deliberation.Tally;
using Deliberation.Tally.Budgeting;
using Deliberation.Tally.Choices;
using Deliberation.Tally.Elections;

namespace Deliberation.Domain.Ballots.Options;

/// <summary>The counting methods of the tally library an options ballot can be decided by.</summary>
public enum OptionsMethod
{
    Plurality,
    Approval,
    Score,
    Borda,
    InstantRunoff,
    Schulze,
    RankedPairs,
    Stv,
    SequentialPhragmen,
    GreedyBudget,
    EqualShares,
}

/// <summary>How a voter marks an options ballot, which follows from its method.</summary>
public enum MarkForm
{
    /// <summary>One option.</summary>
    One,

    /// <summary>Any number of options, each approved.</summary>
    Approvals,

    /// <summary>Options in order of preference, most preferred first; the rest are ranked below all of them.</summary>
    Ranking,

    /// <summary>A score for some options within the rule's range; an option left out scores the minimum.</summary>
    Scores,
}

/// <summary>
/// The rule an options ballot is decided by: a method of the tally library with the parameters it takes,
/// fixed and shown to everyone when the ballot opens. Parameters a method does not use keep their defaults.
/// </summary>
public sealed record OptionsRule(OptionsMethod Method)
{
    /// <summary>Seats to fill (STV, sequential Phragmén).</summary>
    public int Seats { get; init; } = 1;

    /// <summary>STV's quota.</summary>
    public QuotaKind Quota { get; init; } = QuotaKind.Droop;

    /// <summary>Schulze's and ranked pairs' measure of a defeat.</summary>
    public PairwiseStrength Strength { get; init; } = PairwiseStrength.WinningVotes;

    /// <summary>The score range, inclusive (score voting); voters give whole scores within it.</summary>
    public decimal ScoreMin { get; init; }

    public decimal ScoreMax { get; init; } = 10;

    /// <summary>The variant of the Method of Equal Shares (its tie-break is <see cref="TieBreak"/>).</summary>
    public EqualSharesRule EqualShares { get; init; } = new();

    /// <summary>What can be spent (participatory budgets), in the currency of the options' costs.</summary>
    public decimal Budget { get; init; }

    /// <summary>How ties between options are broken; none: a tie that decides the result is reported as such.</summary>
    public TieBreak? TieBreak { get; init; }

    public MarkForm Form => Method switch
    {
        OptionsMethod.Plurality => MarkForm.One,
        OptionsMethod.Approval or OptionsMethod.SequentialPhragmen or OptionsMethod.GreedyBudget or OptionsMethod.EqualShares => MarkForm.Approvals,
        OptionsMethod.Score => MarkForm.Scores,
        _ => MarkForm.Ranking,
    };

    /// <summary>A participatory budget: the options are projects with costs, funded within <see cref="Budget"/>.</summary>
    public bool IsBudget => Method is OptionsMethod.GreedyBudget or OptionsMethod.EqualShares;
}
