using System.Numerics;

namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>An exact rational number, so that <see cref="LinkedTables{TKind}"/> decides what a reader can work out
/// without rounding.</summary>
internal readonly record struct Fraction
{
    public Fraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException();
        }

        var divisor = BigInteger.GreatestCommonDivisor(numerator, denominator) * denominator.Sign;
        (Numerator, Denominator) = (numerator / divisor, denominator / divisor);
    }

    public static Fraction Zero { get; } = new(BigInteger.Zero, BigInteger.One);

    public static Fraction One { get; } = new(BigInteger.One, BigInteger.One);

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public bool IsZero => Numerator.IsZero;

    public static Fraction operator +(Fraction a, Fraction b) =>
        a.Denominator == b.Denominator ? new(a.Numerator + b.Numerator, a.Denominator) : new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Fraction operator -(Fraction a) => new(-a.Numerator, a.Denominator);

    public static Fraction operator -(Fraction a, Fraction b) => a + -b;

    public static Fraction operator *(Fraction a, Fraction b) =>
        a.IsZero || b.IsZero ? Zero : new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Fraction operator /(Fraction a, Fraction b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);
}
