namespace Deliberation.Tally;

/// <summary>Collects violations while input is checked, so one error reports them all at once.</summary>
internal sealed class Violations
{
    // A million bad ballots should not produce a million-line error.
    private const int Limit = 100;
    private readonly List<FieldViolation> _items = [];
    private int _dropped;

    public bool Any => _items.Count > 0;

    public void Add(string path, string problem)
    {
        if (_items.Count < Limit) _items.Add(new FieldViolation(path, problem));
        else _dropped++;
    }

    public void AddAll(Violations other)
    {
        foreach (var item in other._items) Add(item.Path, item.Problem);
        _dropped += other._dropped;
    }

    public void ThrowIfAny()
    {
        if (!Any) return;
        var items = new List<FieldViolation>(_items);
        if (_dropped > 0) items.Add(new FieldViolation("ballots", $"{_dropped} further problems were not listed."));
        throw new TallyInputError(items);
    }

    public void Weight(decimal weight, string path)
    {
        if (weight < 0) Add(path, "A weight must not be negative.");
    }

    public static void ThrowOne(string path, string problem)
    {
        var v = new Violations();
        v.Add(path, problem);
        v.ThrowIfAny();
    }
}
