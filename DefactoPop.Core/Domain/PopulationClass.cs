namespace DefactoPop.Core.Domain;

/// <summary>Who is counted: Korean nationals, long-term foreigners (registered), short-term foreigners (roaming).</summary>
public enum PopulationClass
{
    Domestic = 0,
    LongTermForeign = 1,
    ShortTermForeign = 2,
}

public enum Nationality
{
    Chinese = 0,
    Other = 1,
}

public static class PopulationClasses
{
    public static string Key(this PopulationClass c) => c switch
    {
        PopulationClass.Domestic => "domestic",
        PopulationClass.LongTermForeign => "long",
        PopulationClass.ShortTermForeign => "short",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    public static PopulationClass Parse(string key) => key.Trim().ToLowerInvariant() switch
    {
        "domestic" or "local" => PopulationClass.Domestic,
        "long" or "long-term" => PopulationClass.LongTermForeign,
        "short" or "temp" or "short-term" => PopulationClass.ShortTermForeign,
        _ => throw new FormatException($"Unknown population class '{key}' (expected domestic, long or short)."),
    };

    public static string NameKo(this PopulationClass c) => c switch
    {
        PopulationClass.Domestic => "내국인",
        PopulationClass.LongTermForeign => "장기체류 외국인",
        PopulationClass.ShortTermForeign => "단기체류 외국인",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };
}
