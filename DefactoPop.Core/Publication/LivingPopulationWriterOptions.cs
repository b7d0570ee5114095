namespace DefactoPop.Core.Publication;

/// <summary>How <see cref="LivingPopulationWriter"/> writes a file. The default mimics the official 집계구 files:
/// cp949, no BOM, every cell double-quoted, CRLF.</summary>
/// <param name="Bom">Write EF BB BF first (with cp949 this reproduces the stray BOM seen before some official headers).</param>
/// <param name="Disclosure">Cell suppression to apply; null writes the values as given.</param>
/// <param name="IntervalColumns">Append the total's 90 % bounds as two columns (<see cref="LivingPopulationWriter.LowerColumn"/>, <see cref="LivingPopulationWriter.UpperColumn"/>); not an official layout.</param>
public sealed record LivingPopulationWriterOptions(
    OutputEncoding Encoding = OutputEncoding.Cp949,
    bool Bom = false,
    bool Quote = true,
    string NewLine = "\r\n",
    DisclosureOptions? Disclosure = null,
    bool IntervalColumns = false)
{
    public static LivingPopulationWriterOptions Official { get; } = new();

    /// <summary>UTF-8 with BOM, unquoted: the form of newer re-published files.</summary>
    public static LivingPopulationWriterOptions Utf8Bom { get; } = new(OutputEncoding.Utf8, Bom: true, Quote: false);
}
