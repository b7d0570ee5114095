using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Reference;

namespace DefactoPop.Core.CityInputs;

/// <summary>
/// Reads the national file of registered population by 행정동 × sex × single year of age (행정안전부 주민등록 인구통계):
/// cp949 or UTF-8, 230 columns <c>행정기관코드,기준연월,시도명,시군구명,읍면동명,계,남자,여자,0세남자 … 109세남자,110세이상 남자,
/// 0세여자 … 110세이상 여자</c>; numbers may carry thousands separators ("1,234", quoted).
/// </summary>
/// <remarks>
/// 행정기관코드 has 10 digits; the MOIS dong code is its first 8 (the last two are "00"). Rows of other provinces
/// (code not starting with 11) are skipped and counted first, then 시도/시군구 subtotal rows (읍면동명 empty or the code's
/// last five digits 00000). Malformed cells throw <see cref="ImportFormatException"/> (file:line:column); sums that do not
/// add up are non-fatal issues.
/// </remarks>
public static class MoisRegisterReader
{
    public const int MaxAge = 110;

    /// <summary>The 230 column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "행정기관코드", "기준연월", "시도명", "시군구명", "읍면동명", "계", "남자", "여자",
        .. AgeColumns("남자"), .. AgeColumns("여자"),
    ];

    private static IEnumerable<string> AgeColumns(string sex) =>
        Enumerable.Range(0, MaxAge).Select(a => $"{a}세{sex}").Append($"{MaxAge}세이상 {sex}");

    private const int FirstAge = 8;
    private const int AgesPerSex = MaxAge + 1;

    public static MoisRegister Read(string path, IReadOnlySet<string>? knownDongCodes = null) =>
        Parse(File.ReadAllBytes(path), Path.GetFileName(path), knownDongCodes);

    /// <param name="knownDongCodes">8-digit MOIS dong codes of the catalogue; null joins every Seoul dong.</param>
    public static MoisRegister Parse(byte[] raw, string fileName, IReadOnlySet<string>? knownDongCodes = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var errors = new List<ImportIssue>();
        var head = raw.AsSpan(0, Math.Min(raw.Length, EncodingSniffer.SniffBytes));
        var sniff = EncodingSniffer.Sniff(head, raw.Length <= EncodingSniffer.SniffBytes);
        if (sniff.Error is not null)
            throw new ImportFormatException(new ImportIssue(fileName, 1, 0, null, sniff.Error));
        var csv = ContractCsv.Open(fileName, raw, errors)!;
        csv.TextEncoding = sniff.IsUtf8 ? System.Text.Encoding.UTF8 : EncodingSniffer.Cp949;
        if (!csv.ReadHeader(errors))
            throw new ImportFormatException(errors);
        CheckHeader(csv, errors);
        if (errors.Count > 0)
            throw new ImportFormatException(errors);

        var issues = new List<ImportIssue>();
        var records = new List<RegisteredRecord>();
        var unjoined = new List<UnjoinedZone>();
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        string? period = null;
        int otherProvince = 0, subtotals = 0;
        var values = new long[Columns.Count];
        while (errors.Count < 100 && csv.NextRow(errors))
        {
            if (csv.FieldCount == 0)
                continue;
            var code = csv.FieldText(0).Trim();
            if (code.Length != 10 || !code.All(char.IsAsciiDigit))
            {
                csv.Fail(errors, 0, $"'{code}' is not a 10-digit 행정기관코드");
                continue;
            }
            if (!code.StartsWith(ZoneCodes.City, StringComparison.Ordinal))
            {
                otherProvince++;
                continue;
            }
            var dongName = csv.FieldText(4).Trim();
            if (dongName.Length == 0 || code.EndsWith("00000", StringComparison.Ordinal))
            {
                subtotals++;
                continue;
            }
            if (!code.EndsWith("00", StringComparison.Ordinal))
            {
                csv.Fail(errors, 0, $"행정동 code '{code}' does not end in 00");
                continue;
            }
            var ok = true;
            for (var i = 5; i < Columns.Count; i++)
                ok &= TryPersons(csv, i, errors, out values[i]);
            if (!ok)
                continue;
            var dong = code[..8];
            if (lines.TryGetValue(dong, out var first))
            {
                csv.Fail(errors, 0, $"행정동 {code} is already on line {first}");
                continue;
            }
            lines[dong] = csv.Line;
            period ??= csv.FieldText(1).Trim();
            CheckSums(csv, values, issues);
            if (knownDongCodes is not null && !knownDongCodes.Contains(dong))
            {
                unjoined.Add(new UnjoinedZone(dong, $"{csv.FieldText(3).Trim()} {dongName}", values[5], csv.Line));
                continue;
            }
            Add(records, dong, values);
        }
        if (errors.Count > 0)
            throw new ImportFormatException(errors);
        return new MoisRegister(new RegisteredPopulation(period ?? "", records, issues), otherProvince, subtotals, unjoined);
    }

    private static void CheckHeader(ContractCsv csv, List<ImportIssue> errors)
    {
        static string Norm(string s) => s.Replace(" ", "", StringComparison.Ordinal);
        var header = csv.Header;
        for (var i = 0; i < Math.Min(header.Length, Columns.Count); i++)
        {
            if (Norm(header[i]) != Norm(Columns[i]))
            {
                errors.Add(new ImportIssue(csv.FileName, 1, i + 1, header[i], $"expected column '{Columns[i]}' here, found '{header[i]}'"));
                return;
            }
        }
        if (header.Length != Columns.Count)
        {
            errors.Add(new ImportIssue(csv.FileName, 1, 0, null,
                $"the header has {header.Length} columns; the register file has {Columns.Count} (… 110세이상 남자, 0세여자 … 110세이상 여자)"));
        }
    }

    /// <summary>A whole non-negative number of persons; commas as thousands separators are allowed.</summary>
    private static bool TryPersons(ContractCsv csv, int position, List<ImportIssue> errors, out long value)
    {
        value = 0;
        var s = csv.Field(position).Trim((byte)' ');
        var digits = 0;
        foreach (var c in s)
        {
            if (c == ',')
                continue;
            var d = (uint)(c - '0');
            if (d > 9 || value > long.MaxValue / 10 - 9)
            {
                csv.Fail(errors, position, $"'{CellParser.Show(s)}' is not a whole number of persons");
                return false;
            }
            value = value * 10 + d;
            digits++;
        }
        if (digits > 0)
            return true;
        csv.Fail(errors, position, "empty cell (write 0 for none)");
        return false;
    }

    private static void CheckSums(ContractCsv csv, long[] v, List<ImportIssue> issues)
    {
        long male = 0, female = 0;
        for (var a = 0; a < AgesPerSex; a++)
        {
            male += v[FirstAge + a];
            female += v[FirstAge + AgesPerSex + a];
        }
        if (male != v[6])
            issues.Add(new ImportIssue(csv.FileName, csv.Line, 7, "남자", $"남자 {v[6]} but the ages add up to {male}"));
        if (female != v[7])
            issues.Add(new ImportIssue(csv.FileName, csv.Line, 8, "여자", $"여자 {v[7]} but the ages add up to {female}"));
        if (v[6] + v[7] != v[5])
            issues.Add(new ImportIssue(csv.FileName, csv.Line, 6, "계", $"계 {v[5]} differs from 남자 + 여자 = {v[6] + v[7]}"));
    }

    /// <summary>One dong: the total, each sex, and each sex × band (single ages folded into the 14 bands).</summary>
    private static void Add(List<RegisteredRecord> records, string dong, long[] v)
    {
        records.Add(new RegisteredRecord(dong, ZoneLevel.Dong, null, null, RegisteredGroup.All, v[5]));
        foreach (var sex in (Sex[])[Sex.Male, Sex.Female])
        {
            var offset = FirstAge + (int)sex * AgesPerSex;
            var bands = new double[Strata.BandCount];
            for (var a = 0; a < AgesPerSex; a++)
                bands[(int)Strata.BandOfAge(a)] += v[offset + a];
            records.Add(new RegisteredRecord(dong, ZoneLevel.Dong, sex, null, RegisteredGroup.All, v[6 + (int)sex]));
            for (var b = 0; b < Strata.BandCount; b++)
                records.Add(new RegisteredRecord(dong, ZoneLevel.Dong, sex, (AgeBand)b, RegisteredGroup.All, bands[b]));
        }
    }
}
