namespace Deliberation.Tally;

/// <summary>
/// A share such as 2/3, kept as two integers so thresholds compare exactly
/// (<c>yes * 3 &gt;= base * 2</c>), never through floating point.
/// </summary>
public readonly record struct Fraction(long Numerator, long Denominator)
{
    public static Fraction Half => new(1, 2);
    public static Fraction TwoThirds => new(2, 3);
    public static Fraction ThreeQuarters => new(3, 4);
    public static Fraction Whole => new(1, 1);

    public bool IsValid => Denominator > 0 && Numerator >= 0 && Numerator <= Denominator;

    /// <summary>Compares <paramref name="value"/> with this share of <paramref name="of"/>: -1, 0 or 1, exactly.</summary>
    public int CompareShare(decimal value, decimal of) => (value * Denominator).CompareTo(of * Numerator);

    /// <summary>The share of <paramref name="of"/> as a decimal, for display only.</summary>
    public decimal Of(decimal of) => of * Numerator / Denominator;

    public override string ToString() => $"{Numerator}/{Denominator}";
}
