namespace Deliberation.Tally.Choices;

/// <summary>Shared wording for choice results.</summary>
internal static class ChoiceText
{
    public static string List(IEnumerable<string> options)
    {
        var items = options.ToList();
        return items.Count <= 1 ? string.Join("", items) : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";
    }

    public static string TieClause(TieResolution tie) => tie.By switch
    {
        TieMethod.Lot => "by the lot",
        TieMethod.Priority => "by the stated priority order",
        TieMethod.EarlierRounds => "by the earlier rounds",
        _ => "unresolved",
    };
}
