using System.Globalization;

namespace DefactoPop.Core.Domain;

/// <summary>A population figure that is either a number or masked ("*"). A masked value is never 0.</summary>
public readonly record struct PopValue
{
    private PopValue(double value, bool masked)
    {
        Value = value;
        IsMasked = masked;
    }

    public static PopValue Masked { get; } = new(double.NaN, true);

    public static PopValue Of(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "A population value must be finite.");
        return new PopValue(value, false);
    }

    /// <summary>The number; NaN when masked, so sums that forget the mask fail loudly.</summary>
    public double Value { get; }

    public bool IsMasked { get; }

    public bool HasValue => !IsMasked;

    public double? AsNullable => IsMasked ? null : Value;

    public override string ToString() => IsMasked ? "*" : Value.ToString("0.####", CultureInfo.InvariantCulture);
}
