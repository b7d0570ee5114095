using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

/// <summary>Options every verb takes.</summary>
public class DbSettings : CommandSettings
{
    [CommandOption("--db <PATH>")]
    [Description("SQLite database file (default data/defactopop.db at the repository root).")]
    public string? Db { get; init; }

    public override ValidationResult Validate() =>
        Db is { } db && DbPathRule.Problem(db) is { } problem ? ValidationResult.Error(problem) : ValidationResult.Success();
}
