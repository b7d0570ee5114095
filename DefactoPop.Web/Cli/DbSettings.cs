using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

/// <summary>Options every verb takes.</summary>
public class DbSettings : CommandSettings
{
    [CommandOption("--db <STORE>")]
    [Description("SQLite database file (default data/defactopop.db at the repository root), or a PostgreSQL connection string (Host=…;Database=…;Username=…) or postgresql:// URI.")]
    public string? Db { get; init; }

    public override ValidationResult Validate() =>
        Db is { } db && DbPathRule.Problem(db) is { } problem ? ValidationResult.Error(problem) : ValidationResult.Success();
}
