namespace Deliberation.Tally;

/// <summary>
/// Applies a <see cref="TieBreak"/> to tied options and records what it did.
/// Built once per count; the order is a permutation of the option indexes.
/// </summary>
internal sealed class TieBreaker
{
    private readonly OptionSet _options;
    private readonly int[]? _position; // position in the tie-breaking order; lower is preferred
    private readonly List<TieResolution> _record = [];

    private TieBreaker(OptionSet options, TieBreak rule, int[]? position)
    {
        _options = options;
        Rule = rule;
        _position = position;
    }

    public TieBreak Rule { get; }

    private TieMethod Method => _position is null ? TieMethod.Unresolved
        : Rule.Kind == TieBreakKind.Lot ? TieMethod.Lot : TieMethod.Priority;
    public bool CanBreak => _position is not null;
    public IReadOnlyList<TieResolution> Record => _record;

    /// <summary>A tie-breaker with the same order and an empty record, for a run whose ties may be discarded.</summary>
    public TieBreaker Fork() => new(_options, Rule, _position);

    /// <summary>Appends another tie-breaker's record to this one.</summary>
    public void Adopt(TieBreaker other) => _record.AddRange(other._record);

    /// <summary>Position of an option in the tie-breaking order (lower preferred); option index when there is none.</summary>
    public int Position(int option) => _position?[option] ?? option;

    public static TieBreaker Check(TieBreak? rule, OptionSet options, Violations violations, string path = "tieBreak")
    {
        rule ??= TieBreak.None;
        switch (rule.Kind)
        {
            case TieBreakKind.None:
                return new TieBreaker(options, rule, null);
            case TieBreakKind.Lot:
                if (string.IsNullOrEmpty(rule.Seed))
                {
                    violations.Add($"{path}.seed", "A lot needs a published seed.");
                    return new TieBreaker(options, rule, null);
                }
                return FromOrder(options, rule, Lot.Order(rule.Seed, options.Names));
            case TieBreakKind.Priority:
                var order = rule.Priority ?? [];
                var seen = new HashSet<int>();
                for (var i = 0; i < order.Count; i++)
                {
                    if (!options.TryGet(order[i], out var o)) violations.Add($"{path}.priority[{i}]", $"\"{order[i]}\" is not an option.");
                    else if (!seen.Add(o)) violations.Add($"{path}.priority[{i}]", $"\"{order[i]}\" is listed twice.");
                }
                if (seen.Count != options.Count && !violations.Any)
                    violations.Add($"{path}.priority", "The priority order must list every option once.");
                return violations.Any ? new TieBreaker(options, rule, null) : FromOrder(options, rule, order);
            default:
                violations.Add($"{path}.kind", "Unknown tie-break kind.");
                return new TieBreaker(options, rule, null);
        }
    }

    private static TieBreaker FromOrder(OptionSet options, TieBreak rule, IReadOnlyList<string> order)
    {
        var position = new int[options.Count];
        for (var i = 0; i < order.Count; i++)
            if (options.TryGet(order[i], out var o)) position[o] = i;
        return new TieBreaker(options, rule, position);
    }

    /// <summary>Picks the preferred of the tied options, or null (recorded as unresolved) when there is no tie-break.</summary>
    public int? Best(IReadOnlyList<int> tied, string stage) => Pick(tied, stage, preferred: true);

    /// <summary>Picks the option to lose (for example to be eliminated), or null when there is no tie-break.</summary>
    public int? Worst(IReadOnlyList<int> tied, string stage) => Pick(tied, stage, preferred: false);

    private int? Pick(IReadOnlyList<int> tied, string stage, bool preferred)
    {
        int? chosen = null;
        if (_position is not null)
            chosen = preferred ? tied.MinBy(o => _position[o]) : tied.MaxBy(o => _position[o]);
        _record.Add(new TieResolution(stage, tied.Select(o => _options[o]).ToList(),
            chosen is { } c ? _options[c] : null, Method));
        return chosen;
    }

    /// <summary>Records a tie that was settled by the rule itself (for example by earlier rounds).</summary>
    public void Note(string stage, IReadOnlyList<int> tied, int chosen, TieMethod by) =>
        _record.Add(new TieResolution(stage, tied.Select(o => _options[o]).ToList(), _options[chosen], by));
}
