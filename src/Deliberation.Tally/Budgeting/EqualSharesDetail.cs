namespace Deliberation.Tally.Budgeting;

/// <summary>What one ballot paid towards a purchase (the ballot's index in the input).</summary>
public sealed record VoterPayment(int Ballot, decimal Paid);

/// <summary>
/// One purchase, in order: the project, its cost, the largest payment asked of one voter (per unit of weight),
/// the project's effective support (cost / largest payment) and every paying ballot's payment.
/// </summary>
public sealed record Purchase(string Project, decimal Cost, decimal MaxPayment, decimal EffectiveVotes, IReadOnlyList<VoterPayment> Payments);

/// <summary>A ballot's budget share, what it spent and what it has left.</summary>
public sealed record VoterBudget(int Ballot, decimal Share, decimal Spent, decimal Left);

/// <summary>
/// The working of the Method of Equal Shares: the initial and the final per-voter share (per unit of weight;
/// they differ when the completion raised the shares), how many raises were tried, the purchases in order with
/// each voter's payment, the greedy completion steps, and each ballot's budget.
/// </summary>
public sealed record EqualSharesDetail(
    EqualSharesUtility Utility,
    decimal InitialShare,
    decimal FinalShare,
    int RaisesTried,
    IReadOnlyList<Purchase> Purchases,
    IReadOnlyList<GreedyStep> Completion,
    IReadOnlyList<VoterBudget> Voters);
