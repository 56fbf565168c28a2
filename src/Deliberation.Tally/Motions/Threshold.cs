namespace Deliberation.Tally.Motions;

/// <summary>
/// The share of the base that yes must reach: "more than" (<paramref name="Strict"/>) or "at least" a fraction.
/// Compared exactly: more than 1/2 means <c>yes * 2 &gt; base</c>.
/// </summary>
public sealed record Threshold(Fraction Share, bool Strict)
{
    /// <summary>More than half: the simple and the absolute majority (they differ by base).</summary>
    public static Threshold Majority { get; } = new(Fraction.Half, Strict: true);
    public static Threshold TwoThirds { get; } = new(Fraction.TwoThirds, Strict: false);
    public static Threshold ThreeQuarters { get; } = new(Fraction.ThreeQuarters, Strict: false);
    /// <summary>Every vote in the base is yes.</summary>
    public static Threshold Unanimity { get; } = new(Fraction.Whole, Strict: false);

    public static Threshold MoreThan(long numerator, long denominator) => new(new Fraction(numerator, denominator), true);
    public static Threshold AtLeast(long numerator, long denominator) => new(new Fraction(numerator, denominator), false);

    /// <summary>Does <paramref name="yes"/> reach this threshold of <paramref name="base"/>? Exact.</summary>
    public bool IsMet(decimal yes, decimal @base)
    {
        var c = Share.CompareShare(yes, @base);
        return Strict ? c > 0 : c >= 0;
    }

    /// <summary>A strict threshold hit exactly (yes is exactly half, say) is a tie.</summary>
    public bool IsTie(decimal yes, decimal @base) => Strict && Share.CompareShare(yes, @base) == 0;

    public override string ToString() =>
        Share == Fraction.Whole && !Strict ? "all" : $"{(Strict ? "more than" : "at least")} {Share}";
}
