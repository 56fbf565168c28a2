using System.Globalization;
using System.Text.RegularExpressions;

namespace Deliberation.Server.Tally;

/// <summary>
/// Exact decimals as the Tally RPC writes them: digits, an optional point and decimals, an optional
/// leading "-", at most 28 significant digits (so every accepted string is a <see cref="decimal"/> exactly).
/// </summary>
internal static partial class TallyDecimals
{
    public const int SignificantDigits = 28;

    /// <summary>Why <paramref name="text"/> is not an acceptable decimal, or null when it is.</summary>
    public static string? Problem(string text, bool negativeAllowed)
    {
        var match = Shape().Match(text);
        if (!match.Success)
            return negativeAllowed
                ? "must be a decimal number such as 2, -1 or 1500.50 (digits, an optional point and decimals)"
                : "must be a non-negative decimal number such as 2 or 1500.50 (digits, an optional point and decimals)";
        if (match.Groups["sign"].Success && !negativeAllowed) return "must not be negative";
        var digits = match.Groups["whole"].Value.TrimStart('0').Length + match.Groups["fraction"].Value.TrimEnd('0').Length;
        return digits > SignificantDigits ? $"must have at most {SignificantDigits} significant digits" : null;
    }

    /// <summary>Reads a string the validator accepted; empty gives <paramref name="empty"/>.</summary>
    public static decimal Parse(string text, decimal empty = 0m) =>
        text.Length == 0 ? empty : decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>Writes a decimal without trailing zeros: 0.500000000 becomes "0.5", 42.0 becomes "42".</summary>
    public static string Format(decimal value) =>
        (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static string Format(decimal? value) => value is { } v ? Format(v) : "";

    [GeneratedRegex(@"^(?<sign>-)?(?<whole>[0-9]+)(\.(?<fraction>[0-9]+))?$")]
    private static partial Regex Shape();
}
