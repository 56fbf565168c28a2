using System.Collections.Frozen;

namespace Deliberation.Tally;

/// <summary>The options of a count, numbered 0..n-1 so the rules can work with arrays.</summary>
internal sealed class OptionSet
{
    // Looked up once per entry of every ballot: a frozen dictionary reads faster than a mutable one.
    private readonly FrozenDictionary<string, int> _index;

    private OptionSet(string[] names)
    {
        Names = names;
        var index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++) index.TryAdd(names[i], i);
        _index = index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string[] Names { get; }
    public int Count => Names.Length;

    public bool TryGet(string? id, out int index)
    {
        if (id is null) { index = -1; return false; }
        return _index.TryGetValue(id, out index);
    }

    public string this[int index] => Names[index];

    /// <summary>Checks the option list (non-empty, ids present and unique) and numbers it.</summary>
    public static OptionSet Check(IReadOnlyList<string>? options, Violations violations, string path = "options")
    {
        if (options is null || options.Count == 0)
        {
            violations.Add(path, "At least one option is required.");
            return new OptionSet([]);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options[i])) violations.Add($"{path}[{i}]", "An option id must not be empty.");
            else if (!seen.Add(options[i])) violations.Add($"{path}[{i}]", $"Option \"{options[i]}\" is listed twice.");
        }
        return new OptionSet(options.Select(o => o ?? "").ToArray());
    }
}
