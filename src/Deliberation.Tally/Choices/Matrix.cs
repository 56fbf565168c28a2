namespace Deliberation.Tally.Choices;

/// <summary>Turns a square array into nested lists that explanations (and JSON, and protos) can carry.</summary>
internal static class Matrix
{
    public static IReadOnlyList<IReadOnlyList<decimal>> Rows(decimal[,] m) =>
        Enumerable.Range(0, m.GetLength(0))
            .Select(i => (IReadOnlyList<decimal>)Enumerable.Range(0, m.GetLength(1)).Select(j => m[i, j]).ToList())
            .ToList();
}
