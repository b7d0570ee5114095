using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Synthetic;

/// <summary>The origin breakdown of an hour's Korean presence (who is a resident of the district, of elsewhere in Seoul, or from outside).</summary>
public sealed partial class MovementModel
{
    /// <summary>
    /// Fill <paramref name="origins"/> for the hour, consistent with <see cref="GenerateInto"/>: city-wide movers are the
    /// activity terms without the non-residents; non-residents are those staying with residents plus their activity terms.
    /// Local trips stay within the home district, so they count with the district's own residents.
    /// </summary>
    public void OriginsInto(HourSlot slot, TruthOrigins origins)
    {
        ArgumentNullException.ThrowIfNull(origins);
        ArgumentOutOfRangeException.ThrowIfLessThan(origins.CityWide.Length, _n * S, nameof(origins));
        ArgumentOutOfRangeException.ThrowIfLessThan(origins.Outside.Length, _n * S, nameof(origins));
        var p = Plan(slot);
        Span<float> b = stackalloc float[4];
        for (var z = 0; z < _n; z++)
        {
            var e = p.Noise[z];
            b[0] = (float)(_attraction[0][z] * e * p.Inv0);
            b[1] = (float)(_attraction[1][z] * e * p.Inv1);
            b[2] = (float)(_attraction[2][z] * e * p.Inv2);
            b[3] = (float)(_attraction[3][z] * e * p.Inv3);
            for (var s = 0; s < S; s++)
            {
                double movers = 0, outside = p.InboundHome[s] * _resident[z * S + s];
                for (var k = 0; k < 4; k++)
                {
                    var inbound = p.InboundCoef[k * 32 + s];
                    movers += Math.Max(0, p.Coef[k * 32 + s] - inbound) * b[k];
                    outside += inbound * b[k];
                }
                origins.CityWide[z * S + s] = (float)movers;
                origins.Outside[z * S + s] = (float)outside;
            }
        }
    }
}
