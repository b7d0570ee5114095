namespace DefactoPop.Tests.TestSupport.Fixtures;

/// <summary>How a fixture file is written: encoding, BOM, quoting, line ends, hour format and header quirks.</summary>
/// <param name="Encoding">"cp949" or "utf-8".</param>
/// <param name="Bom">UTF-8 BOM first (also seen before cp949 headers in official files).</param>
/// <param name="Tail">"none" = no newline after the last row, "newline" = one, "blank" = an extra empty line.</param>
/// <param name="HeaderJunk">Stray quotes, '?' and spaces in the header names.</param>
public sealed record FixtureVariant(string Encoding, bool Bom, bool Quoted, bool Crlf, bool PaddedHour, string Tail = "newline", bool HeaderJunk = false)
{
    public override string ToString() =>
        $"{Encoding}{(Bom ? "+bom" : "")},{(Quoted ? "quoted" : "plain")},{(Crlf ? "crlf" : "lf")},{(PaddedHour ? "h00" : "h0")},{Tail}{(HeaderJunk ? ",junk" : "")}";
}
