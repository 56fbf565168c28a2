using System.Globalization;

namespace Deliberation.Tally;

/// <summary>How numbers appear in explanation texts: invariant culture, no trailing zeros.</summary>
internal static class Numbers
{
    public static string Show(decimal value) =>
        (value == Math.Truncate(value) ? value : Math.Round(value, 4)).Normalize().ToString(CultureInfo.InvariantCulture);

    private static decimal Normalize(this decimal value) => value / 1.000000000000000000000000000000000m;
}
