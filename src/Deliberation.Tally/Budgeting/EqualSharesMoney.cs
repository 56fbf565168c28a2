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
    private Step[] _steps; // per state
    private int _purchase = 1; // marks start at 0

    private struct State
    {
        public decimal Budget, PerUnit, Weight;
        public double BudgetD, PerUnitD, WeightD;
        public bool Empty;
    }

    /// <summary>In the current purchase (when Mark is its number): what a payer in this state pays and its next state.</summary>
    private struct Step
    {
        public int Mark, Next;
        public decimal Pay;
    }

    public EqualSharesMoney(int groups, int[] weightClass, decimal[] classWeights, decimal virtualBudget, int projects)
    {
        _state = ArrayPool<int>.Shared.Rent(groups);
        Shadows = ArrayPool<Shadow>.Shared.Rent(groups);
        Below = ArrayPool<int>.Shared.Rent(groups);
        (_states, _steps) = ([], []);
        foreach (var w in classWeights)
        {
            var budget = w * virtualBudget;
            Add(new State { Budget = budget, PerUnit = virtualBudget, Weight = w, BudgetD = (double)budget, PerUnitD = (double)virtualBudget, WeightD = (double)w });
        }
        for (var g = 0; g < groups; g++)
        {
            var s = weightClass[g];
            _state[g] = s;
            Shadows[g] = new Shadow(_states[s].BudgetD, _states[s].PerUnitD);
        }
        EmptyWeight = new decimal[projects];
        EmptyCount = new int[projects];
    }

    /// <summary>A group's budget and per-unit budget as doubles (0 once empty), side by side for the scans.</summary>
    public readonly record struct Shadow(double Budget, double PerUnit);

    public Shadow[] Shadows { get; }
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
        if (_steps[s].Mark != _purchase) Move(s, x, xD);
        var (next, pay) = (_steps[s].Next, _steps[s].Pay);
        if (next == s) return pay;
        _state[g] = next;
        ref var to = ref _states[next];
        Shadows[g] = new Shadow(to.BudgetD, to.PerUnitD);
        if (to.Empty)
            foreach (var q in approved)
            {
                EmptyWeight[q] += to.Weight;
                EmptyCount[q]++;
            }
        return pay;
    }

    private void Move(int s, decimal x, double xD)
    {
        var from = _states[s];
        var pay = Math.Min(from.Budget, from.Weight == 1 ? x : x * from.Weight);
        var next = s;
        if (pay != 0)
        {
            var to = from;
            to.Budget -= pay;
            if (to.Budget != 0)
            {
                // Paid x per unit of weight: the shadows follow in doubles, without converting decimals.
                to.PerUnit = from.Weight == 1 ? to.Budget : from.PerUnit - x;
                to.PerUnitD -= xD;
                to.BudgetD -= xD * from.WeightD;
            }
            else (to.PerUnit, to.PerUnitD, to.BudgetD, to.Empty) = (0, 0, 0, true);
            next = Add(to);
        }
        _steps[s] = new Step { Mark = _purchase, Next = next, Pay = pay };
    }

    private int Add(State state)
    {
        if (_count == _states.Length)
        {
            // Rented, so that the completion's many runs reuse the same memory.
            var capacity = Math.Max(4096, _count * 2);
            Grow(ref _states, capacity);
            Grow(ref _steps, capacity);
        }
        _states[_count] = state;
        _steps[_count] = default; // rented memory: no purchase has visited the new state
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
        Return(Shadows);
        Return(Below);
        Return(_states);
        Return(_steps);
    }

    private static void Return<T>(T[] array)
    {
        if (array.Length > 0) ArrayPool<T>.Shared.Return(array);
    }
}
