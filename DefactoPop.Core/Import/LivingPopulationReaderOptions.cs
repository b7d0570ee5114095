using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Import;

/// <summary>Options for <see cref="LivingPopulationReader"/>.</summary>
/// <param name="Class">The population class, when the file name does not tell long-term from short-term foreigners.</param>
/// <param name="MaxIssues">Reading stops once this many issues are collected.</param>
public sealed record LivingPopulationReaderOptions(PopulationClass? Class = null, int MaxIssues = 100)
{
    public static LivingPopulationReaderOptions Default { get; } = new();
}
