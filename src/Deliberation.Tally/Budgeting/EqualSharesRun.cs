using System.Runtime.CompilerServices;
using Deliberation.Tally.Choices;

namespace Deliberation.Tally.Budgeting;

/// <summary>
/// One run of the Method of Equal Shares with a given per-voter share. Works on merged ballots (a group of
/// identical ballots is one voter of their summed weight, which pays in proportion to weight).
/// A project is affordable at a per-unit payment x when the sum over its approvers of min(budget, x · weight)
/// reaches its cost; the project needing the smallest x (cost utility: smallest x / cost) is bought next.
/// x is found by a fixpoint: start with the equal split, let those who cannot pay it pay all they have, and
/// split the rest among the others, until no one else drops out. Because budgets only fall, a project's last x
/// is a lower bound for its next, so each round re-examines only projects whose bound could still beat the best.
/// Money is kept in units of 1 / (total weight), so every voter's initial share (budget × weight / total weight)
/// is exact: a party of n_p voters holds exactly budget × n_p / n, never a rounded-down sliver less.
/// </summary>
internal sealed class EqualSharesRun
{
    private readonly ApprovalProfile _profile;
    private readonly decimal[] _costs;
    private readonly EqualSharesUtility _utility;
    private readonly int[][] _approvers;
    private readonly decimal[] _support;
    private readonly decimal _scale;
    private readonly double[] _weightsD;
    private readonly decimal[] _scaled; // costs × total weight
    private readonly int[] _weightClass; // groups with bit-identical weights share a class (see EqualSharesMoney)
    private readonly decimal[] _classWeights;

    public EqualSharesRun(ApprovalProfile profile, decimal[] costs, EqualSharesUtility utility)
    {
        _profile = profile;
        _costs = costs;
        _utility = utility;
        var approvers = Enumerable.Range(0, costs.Length).Select(_ => new List<int>()).ToArray();
        for (var g = 0; g < profile.Count; g++) foreach (var p in profile.Sets[g]) approvers[p].Add(g);
        _approvers = approvers.Select(a => a.ToArray()).ToArray();
        _support = profile.Approvals(costs.Length);
        _scale = profile.TotalWeight == 0 ? 1 : profile.TotalWeight;
        _weightsD = profile.Weights.Select(w => (double)w).ToArray();
        _scaled = costs.Select(c => c * _scale).ToArray();
        var classes = new Dictionary<(int, int, int, int), int>();
        _weightClass = new int[profile.Count];
        Span<int> bits = stackalloc int[4];
        for (var g = 0; g < profile.Count; g++)
        {
            decimal.GetBits(profile.Weights[g], bits);
            var key = (bits[0], bits[1], bits[2], bits[3]);
            if (!classes.TryGetValue(key, out var c)) classes[key] = c = classes.Count;
            _weightClass[g] = c;
        }
        _classWeights = new decimal[classes.Count];
        for (var g = 0; g < profile.Count; g++) _classWeights[_weightClass[g]] = profile.Weights[g];
    }

    /// <summary>Converts scaled money back to the budget's currency, for explanations.</summary>
    public decimal Unscale(decimal money) => money / _scale;

    public decimal Support(int project) => _support[project];

    /// <summary>What a run bought; Budgets (what each group has left) and Purchases only when recorded.</summary>
    public sealed record Outcome(List<int> Funded, decimal Spent, decimal[] Budgets, List<(int Project, decimal X, decimal[] Paid)> Purchases, bool Complete);

    /// <summary>
    /// Runs with <paramref name="virtualBudget"/> split over the voters by weight; records payments only when
    /// asked (the final run). Budgets, payments and x are in scaled money (see the class summary).
    /// </summary>
    public Outcome Run(decimal virtualBudget, bool record, TieBreaker ties, decimal stopAbove = decimal.MaxValue)
    {
        using var money = new EqualSharesMoney(_profile.Count, _weightClass, _classWeights, virtualBudget, _costs.Length);
        var funded = new List<int>();
        var purchases = new List<(int, decimal, decimal[])>();
        decimal spent = 0;
        // Free projects cost nobody anything: fund every approved one first.
        foreach (var p in Enumerable.Range(0, _costs.Length).Where(p => _costs[p] == 0 && _support[p] > 0))
        {
            funded.Add(p);
            if (record) purchases.Add((p, 0m, new decimal[_profile.Count]));
        }
        var bound = new Dictionary<int, (decimal Num, decimal Den)>();
        foreach (var p in Enumerable.Range(0, _costs.Length).Where(p => _costs[p] > 0 && _support[p] > 0 && _costs[p] <= virtualBudget))
            bound[p] = (_scaled[p], _support[p]);

        while (bound.Count > 0)
        {
            var best = new List<int>();
            (decimal Num, decimal Den) bestX = default;
            foreach (var p in bound.Keys.OrderBy(p => Criterion(p, bound[p])).ThenBy(p => p).ToList())
            {
                if (best.Count > 0 && Compare(p, bound[p], best[0], bestX) > 0) break;
                if (Affordable(p, money) is not { } x) { bound.Remove(p); continue; }
                bound[p] = x;
                var c = best.Count == 0 ? -1 : Compare(p, x, best[0], bestX);
                if (c < 0) { best = [p]; bestX = x; }
                else if (c == 0) best.Add(p);
            }
            if (best.Count == 0) break;
            int chosen;
            if (best.Count == 1) chosen = best[0];
            else
            {
                var most = best.Max(p => _support[p]); // equal payments: the project with more supporters first
                var leaders = best.Where(p => _support[p] == most).ToList();
                if (leaders.Count == 1) chosen = leaders[0];
                else if (ties.Best(leaders, $"purchase {funded.Count + 1}") is { } c) chosen = c;
                else return new Outcome(funded, spent, record ? money.Budgets(_profile.Count) : [], purchases, false);
            }
            var xChosen = bound[chosen];
            bound.Remove(chosen);
            if (spent + _costs[chosen] > virtualBudget) continue; // guards decimal rounding only; exact MES never overspends
            var perUnit = xChosen.Num / xChosen.Den;
            var perUnitD = (double)perUnit;
            var paid = record ? new decimal[_profile.Count] : null;
            money.BeginPurchase();
            foreach (var g in _approvers[chosen])
            {
                var pay = money.Pay(g, perUnit, perUnitD, _profile.Sets[g]);
                if (paid is not null) paid[g] = pay;
            }
            spent += _costs[chosen];
            funded.Add(chosen);
            if (spent > stopAbove) break; // a completion run already over the real budget will be rejected anyway
            if (paid is not null) purchases.Add((chosen, perUnit, paid));
        }
        return new Outcome(funded, spent, record ? money.Budgets(_profile.Count) : [], purchases, true);
    }

    private const double Margin = 1e-9;

    /// <summary>The per-unit payment x = Num / Den at which the approvers can just pay for the project, or null.</summary>
    private (decimal Num, decimal Den)? Affordable(int p, EqualSharesMoney m)
    {
        var cost = _scaled[p];
        double costD = (double)cost, supportD = (double)_support[p], numD = costD, denD = supportD;
        // Find who pays everything with the double shadows first (cheap), then compute x exactly once from that
        // set. If any voter sits within the margin of x, the shadows cannot be trusted: redo it exactly.
        // The first scan also sums all the approvers' money: a project they cannot afford is out at once.
        var scan = Scan(p, m, numD / denD, sumMoney: true);
        if (scan.MoneyD < costD * (1 - Margin)) return null;
        if (scan.MoneyD <= costD * (1 + Margin))
        {
            decimal exact = 0;
            foreach (var g in _approvers[p]) exact += m.Budget(g);
            if (exact < cost) return null;
        }
        var dropped = scan.Count;
        (numD, denD) = (costD - scan.FullD, supportD - scan.BelowD);
        // Rescan until no one else drops out; a rescan at an unchanged x would find the same.
        for (var xD = scan.XD; denD > 0 && numD / denD != xD;)
        {
            scan = Scan(p, m, xD = numD / denD, sumMoney: false);
            if (scan.Count == dropped) break;
            dropped = scan.Count;
            (numD, denD) = (costD - scan.FullD, supportD - scan.BelowD);
        }
        if (scan.Near) return AffordableExactly(p, m);
        // The last scan's x is the answer's: those it found below pay everything.
        decimal full = 0, belowWeight = m.EmptyWeight[p];
        for (var i = 0; i < scan.Below; i++)
        {
            var g = m.Below[i];
            full += m.Budget(g);
            belowWeight += _profile.Weights[g];
        }
        return belowWeight == _support[p] ? AffordableExactly(p, m) : (cost - full, _support[p] - belowWeight);
    }

    /// <summary>
    /// One pass of the fixpoint at xD on the shadows: the approvers left with less than xD per unit (listed in
    /// m.Below), their money and weight, and whether any voter is within the margin of xD.
    /// </summary>
    private (double XD, double FullD, double BelowD, int Count, int Below, bool Near, double MoneyD) Scan(int p, EqualSharesMoney m, double xD, bool sumMoney)
    {
        double moneyD = 0, lo = xD * (1 - Margin), hi = xD * (1 + Margin);
        var (shadows, list, below, near) = (m.Shadows, m.Below, 0, false);
        foreach (var g in _approvers[p])
        {
            var (budgetD, u) = shadows[g];
            if (sumMoney) moneyD += budgetD;
            // Without branches (who is below is hard to predict): u is skipped when empty or at least hi,
            // near from lo, below under xD.
            var kept = u != 0 & u < hi;
            near |= kept & u >= lo;
            list[below] = g;
            below += Unsafe.BitCast<bool, byte>(kept & u < xD);
        }
        // Summed in approver order, as a branching scan would.
        double fullD = 0, belowD = (double)m.EmptyWeight[p];
        for (var i = 0; i < below; i++)
        {
            fullD += shadows[list[i]].Budget;
            belowD += _weightsD[list[i]];
        }
        return (xD, fullD, belowD, m.EmptyCount[p] + below, below, near, moneyD);
    }

    /// <summary>The same fixpoint on the exact decimals alone, for the rare case the shadows are too close to call.</summary>
    private (decimal Num, decimal Den) AffordableExactly(int p, EqualSharesMoney m)
    {
        var approvers = _approvers[p];
        decimal num = _scaled[p], den = _support[p];
        var dropped = -1;
        while (true)
        {
            var x = num / den;
            decimal full = 0, belowWeight = m.EmptyWeight[p];
            var count = m.EmptyCount[p];
            foreach (var g in approvers)
            {
                if (m.PerUnit(g) == 0 || m.PerUnit(g) >= x) continue;
                full += m.Budget(g);
                belowWeight += _profile.Weights[g];
                count++;
            }
            if (count == dropped || belowWeight == _support[p]) return (num, den);
            dropped = count;
            (num, den) = (_scaled[p] - full, _support[p] - belowWeight);
        }
    }

    private decimal Criterion(int p, (decimal Num, decimal Den) x) =>
        _utility == EqualSharesUtility.Cost ? x.Num / (x.Den * _costs[p]) : x.Num / x.Den;

    /// <summary>Exact comparison of two projects' criteria by cross-multiplying.</summary>
    private int Compare(int p, (decimal Num, decimal Den) x, int q, (decimal Num, decimal Den) y) =>
        _utility == EqualSharesUtility.Cost
            ? (x.Num * y.Den * _costs[q]).CompareTo(y.Num * x.Den * _costs[p])
            : (x.Num * y.Den).CompareTo(y.Num * x.Den);
}
