namespace DefactoPop.Core.Domain;

/// <summary>Shape checks for Seoul's zone codes.</summary>
public static class ZoneCodes
{
    /// <summary>The whole city, as the code of the single city zone.</summary>
    public const string City = "11";

    /// <summary>5-digit SIG code, e.g. 11680 (강남구).</summary>
    public static bool IsGu(string code) => code.Length == 5 && AllDigits(code) && code.StartsWith("11", StringComparison.Ordinal);

    /// <summary>8-digit MOIS 행정동 code, e.g. 11680640.</summary>
    public static bool IsDong(string code) => code.Length == 8 && AllDigits(code) && code.StartsWith("11", StringComparison.Ordinal);

    /// <summary>7-digit Statistics Korea 행정동 code, e.g. 1123064.</summary>
    public static bool IsStatDong(string code) => code.Length == 7 && AllDigits(code) && code.StartsWith("11", StringComparison.Ordinal);

    /// <summary>13-digit 집계구 code (2016 SGIS), e.g. 1123064010001.</summary>
    public static bool IsOa(string code) => code.Length == 13 && AllDigits(code) && code.StartsWith("11", StringComparison.Ordinal);

    /// <summary>The 5-digit district a MOIS dong code belongs to.</summary>
    public static string GuOfDong(string dongCode) => dongCode[..5];

    public static bool IsValid(ZoneLevel level, string code) => level switch
    {
        ZoneLevel.City => code == City,
        ZoneLevel.Gu => IsGu(code),
        ZoneLevel.Dong => IsDong(code),
        ZoneLevel.Oa => IsOa(code),
        _ => false,
    };

    private static bool AllDigits(string s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
                return false;
        }
        return true;
    }
}
