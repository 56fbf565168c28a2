using System.Numerics;

namespace Deliberation.Tally;

/// <summary>An exact fraction over big integers, for rules whose ties must be detected exactly (Phragmén loads).</summary>
internal readonly struct Rational : IComparable<Rational>, IEquatable<Rational>
{
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (g > 1) (numerator, denominator) = (numerator / g, denominator / g);
        Numerator = numerator;
        Denominator = denominator;
    }

    public BigInteger Numerator { get; }
    public BigInteger Denominator { get; }

    public static Rational Zero => new(0, 1);
    public static Rational One => new(1, 1);

    public static Rational From(decimal value)
    {
        var scale = value.Scale;
        var factor = BigInteger.Pow(10, scale);
        return new Rational(Unscaled(value), factor);
    }

    private static BigInteger Unscaled(decimal value)
    {
        var bits = decimal.GetBits(value);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        return value < 0 ? -mantissa : mantissa;
    }

    public static Rational operator +(Rational a, Rational b) => new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
    public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    /// <summary>A decimal approximation for display, to 20 places.</summary>
    public decimal ToDecimal()
    {
        var scaled = BigInteger.Divide(Numerator * BigInteger.Pow(10, 20), Denominator);
        return (decimal)scaled / 100000000000000000000m;
    }

    public override string ToString() => Denominator.IsOne ? Numerator.ToString() : $"{Numerator}/{Denominator}";
}
