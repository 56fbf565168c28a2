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
    private readonly TieBreaker _ties;
    private readonly List<int>[] _approvers;
    private readonly decimal[] _support;
    private readonly decimal _scale;
    private readonly decimal[] _scaled; // costs × total weight

    public EqualSharesRun(ApprovalProfile profile, decimal[] costs, EqualSharesUtility utility, TieBreaker ties)
    {
        _profile = profile;
        _costs = costs;
        _utility = utility;
        _ties = ties;
        _approvers = Enumerable.Range(0, costs.Length).Select(_ => new List<int>()).ToArray();
        for (var g = 0; g < profile.Count; g++) foreach (var p in profile.Sets[g]) _approvers[p].Add(g);
        _support = profile.Approvals(costs.Length);
        _scale = profile.TotalWeight == 0 ? 1 : profile.TotalWeight;
        _scaled = costs.Select(c => c * _scale).ToArray();
    }

    /// <summary>Converts scaled money back to the budget's currency, for explanations.</summary>
    public decimal Unscale(decimal money) => money / _scale;

    public decimal Support(int project) => _support[project];

    public sealed record Outcome(List<int> Funded, decimal Spent, decimal[] Budgets, List<(int Project, decimal X, decimal[] Paid)> Purchases, bool Complete);

    /// <summary>
    /// Runs with <paramref name="virtualBudget"/> split over the voters by weight; records payments only when
    /// asked (the final run). Budgets, payments and x are in scaled money (see the class summary).
    /// </summary>
    public Outcome Run(decimal virtualBudget, bool record)
    {
        var budgets = _profile.Weights.Select(w => w * virtualBudget).ToArray();
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
                if (Affordable(p, budgets) is not { } x) { bound.Remove(p); continue; }
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
                else if (_ties.Best(leaders, $"purchase {funded.Count + 1}") is { } c) chosen = c;
                else return new Outcome(funded, spent, budgets, purchases, false);
            }
            var xChosen = bound[chosen];
            bound.Remove(chosen);
            if (spent + _costs[chosen] > virtualBudget) continue; // guards decimal rounding only; exact MES never overspends
            var perUnit = xChosen.Num / xChosen.Den;
            var paid = record ? new decimal[_profile.Count] : null;
            foreach (var g in _approvers[chosen])
            {
                var pay = Math.Min(budgets[g], perUnit * _profile.Weights[g]);
                budgets[g] -= pay;
                if (paid is not null) paid[g] = pay;
            }
            spent += _costs[chosen];
            funded.Add(chosen);
            if (paid is not null) purchases.Add((chosen, perUnit, paid));
        }
        return new Outcome(funded, spent, budgets, purchases, true);
    }

    /// <summary>The per-unit payment x = Num / Den at which the approvers can just pay for the project, or null.</summary>
    private (decimal Num, decimal Den)? Affordable(int p, decimal[] budgets)
    {
        var approvers = _approvers[p];
        decimal money = 0;
        foreach (var g in approvers) money += budgets[g];
        if (money < _scaled[p]) return null;
        decimal num = _scaled[p], den = _support[p];
        var dropped = -1;
        while (true)
        {
            // Those whose whole budget is below x · weight pay everything; the rest split what remains.
            decimal full = 0, rest = 0;
            var count = 0;
            foreach (var g in approvers)
            {
                var w = _profile.Weights[g];
                if (budgets[g] * den < num * w) { full += budgets[g]; count++; }
                else rest += w;
            }
            if (count == dropped || rest == 0) return (num, den);
            dropped = count;
            (num, den) = (_scaled[p] - full, rest);
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
