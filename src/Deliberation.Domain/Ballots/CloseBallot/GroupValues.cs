namespace Deliberation.Domain.Ballots.CloseBallot;

/// <summary>The one way every breakdown by group is cut: by each group value any item holds, dimension then value in ordinal order.</summary>
public static class GroupValues
{
    /// <summary>The items under each (dimension, value) that any of them holds; an item with values of several dimensions is under each.</summary>
    public static IEnumerable<IGrouping<(string Dimension, string Value), T>> Of<T>(IEnumerable<T> items, Func<T, IReadOnlyDictionary<string, string>> groupsOf) =>
        items.SelectMany(item => groupsOf(item).Select(g => (Group: (Dimension: g.Key, Value: g.Value), Item: item)))
            .GroupBy(x => x.Group, x => x.Item)
            .OrderBy(g => g.Key.Dimension, StringComparer.Ordinal).ThenBy(g => g.Key.Value, StringComparer.Ordinal);
}
