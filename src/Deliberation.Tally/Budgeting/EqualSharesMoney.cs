using System.Buffers;

namespace Deliberation.Tally.Budgeting;

/// <summary>
/// The voters' money during one run: each group's budget and per-unit budget exactly (decimal) and as double
/// shadows. Groups of bit-identical weight that paid the same purchases hold bit-identical money, so each
/// distinct holding is a shared state computed once: a purchase does its decimal arithmetic once per distinct
/// state among its payers, not once per payer. The shadows are also kept per group, for fast scans.
/// </summary>
internal sealed class EqualSharesMoney : IDisposable
{
    private readonly int[] _state; // per group
    private State[] _states;
    private int _count;
    // Per purchase: the state a payer in state s moves to, and what it pays (valid when _mark[s] == _purchase).
    private int[] _mark, _child;
    private decimal[] _pay;
    private int _purchase;

    private struct State
    {
        public decimal Budget, PerUnit, Weight;
        public double BudgetD, PerUnitD, WeightD;
    }

    public EqualSharesMoney(int groups, int[] weightClass, decimal[] classWeights, decimal virtualBudget, int projects)
    {
        _state = ArrayPool<int>.Shared.Rent(groups);
        BudgetsD = ArrayPool<double>.Shared.Rent(groups);
        PerUnitD = ArrayPool<double>.Shared.Rent(groups);
        Below = ArrayPool<int>.Shared.Rent(groups);
        var capacity = Math.Max(16, classWeights.Length * 2);
        (_states, _mark, _child, _pay) = (new State[capacity], new int[capacity], new int[capacity], new decimal[capacity]);
        foreach (var w in classWeights)
        {
            var budget = w * virtualBudget;
            _states[_count++] = new State { Budget = budget, PerUnit = virtualBudget, Weight = w, BudgetD = (double)budget, PerUnitD = (double)virtualBudget, WeightD = (double)w };
        }
        for (var g = 0; g < groups; g++)
        {
            var s = weightClass[g];
            _state[g] = s;
            BudgetsD[g] = _states[s].BudgetD;
            PerUnitD[g] = _states[s].PerUnitD;
        }
        EmptyWeight = new decimal[projects];
        EmptyCount = new int[projects];
    }

    /// <summary>Double shadows of each group's budget and per-unit budget (0 once empty).</summary>
    public double[] BudgetsD { get; }
    public double[] PerUnitD { get; }
    /// <summary>Scratch for the affordability scans: the groups found below the current x.</summary>
    public int[] Below { get; }
    /// <summary>Per project: the weight and number of its approvers who are empty, counted once when they empty.</summary>
    public decimal[] EmptyWeight { get; }
    public int[] EmptyCount { get; }

    public decimal Budget(int g) => _states[_state[g]].Budget;
    public decimal PerUnit(int g) => _states[_state[g]].PerUnit;

    /// <summary>Starts a purchase: its payers then pay through <see cref="Pay"/>.</summary>
    public void BeginPurchase() => _purchase++;

    /// <summary>
    /// Group g pays x per unit of weight, or all it has if less, and returns the payment. A voter who paid x per
    /// unit keeps PerUnit - x; one who paid everything is empty, and is then counted once per approved project.
    /// </summary>
    public decimal Pay(int g, decimal x, double xD, int[] approved)
    {
        var s = _state[g];
        if (_mark[s] != _purchase) Move(s, x, xD);
        var c = _child[s];
        if (c == s) return _pay[s];
        _state[g] = c;
        ref var next = ref _states[c];
        BudgetsD[g] = next.BudgetD;
        PerUnitD[g] = next.PerUnitD;
        if (next.Budget == 0)
            foreach (var q in approved)
            {
                EmptyWeight[q] += next.Weight;
                EmptyCount[q]++;
            }
        return _pay[s];
    }

    private void Move(int s, decimal x, double xD)
    {
        var from = _states[s];
        var pay = Math.Min(from.Budget, from.Weight == 1 ? x : x * from.Weight);
        _mark[s] = _purchase;
        _pay[s] = pay;
        if (pay == 0) { _child[s] = s; return; }
        var to = from;
        to.Budget -= pay;
        if (to.Budget != 0)
        {
            // Paid x per unit of weight: the shadows follow in doubles, without converting decimals.
            to.PerUnit = from.Weight == 1 ? to.Budget : from.PerUnit - x;
            to.PerUnitD -= xD;
            to.BudgetD -= xD * from.WeightD;
        }
        else (to.PerUnit, to.PerUnitD, to.BudgetD) = (0, 0, 0);
        if (_count == _states.Length)
        {
            var capacity = _count * 2;
            Array.Resize(ref _states, capacity);
            Array.Resize(ref _mark, capacity);
            Array.Resize(ref _child, capacity);
            Array.Resize(ref _pay, capacity);
        }
        _states[_count] = to;
        _child[s] = _count++;
    }

    /// <summary>Each group's exact budget, for the explanation.</summary>
    public decimal[] Budgets(int groups)
    {
        var result = new decimal[groups];
        for (var g = 0; g < groups; g++) result[g] = Budget(g);
        return result;
    }

    public void Dispose()
    {
       
        ArrayPool<int>.Shared.Return(_state);
        ArrayPool<double>.Shared.Return(BudgetsD);
        ArrayPool<double>.Shared.Return(PerUnitD);
        ArrayPool<int>.Shared.Return(Below);
    }
}
