using System.ComponentModel;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

/// <summary>Options every verb takes.</summary>
public class DbSettings : CommandSettings
{
    [CommandOption("--db <PATH>")]
    [Description("SQLite database file (default data/defactopop.db).")]
    public string? Db { get; init; }
}
