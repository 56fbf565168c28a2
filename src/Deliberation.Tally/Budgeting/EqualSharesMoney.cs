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
    private int _purchase = 1; // marks start at 0

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
        (_states, _mark, _child, _pay) = ([], [], [], []);
        foreach (var w in classWeights)
        {
            var budget = w * virtualBudget;
            Add(new State { Budget = budget, PerUnit = virtualBudget, Weight = w, BudgetD = (double)budget, PerUnitD = (double)virtualBudget, WeightD = (double)w });
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
        var child = Add(to); // may replace _child: index it afterwards
        _child[s] = child;
    }

    private int Add(State state)
    {
        if (_count == _states.Length)
        {
            // Rented, so that the completion's many runs reuse the same memory.
            var capacity = Math.Max(4096, _count * 2);
            Grow(ref _states, capacity);
            Grow(ref _mark, capacity);
            Grow(ref _child, capacity);
            Grow(ref _pay, capacity);
        }
        _states[_count] = state;
        _mark[_count] = 0; // rented memory: no purchase has visited the new state
        return _count++;
    }

    private void Grow<T>(ref T[] array, int capacity)
    {
        var larger = ArrayPool<T>.Shared.Rent(capacity);
        array.AsSpan(0, _count).CopyTo(larger);
        Return(array);
        array = larger;
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
        Return(_state);
        Return(BudgetsD);
        Return(PerUnitD);
        Return(Below);
        Return(_states);
        Return(_mark);
        Return(_child);
        Return(_pay);
    }

    private static void Return<T>(T[] array)
    {
        if (array.Length > 0) ArrayPool<T>.Shared.Return(array);
    }
}
