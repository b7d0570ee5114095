using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using DefactoPop.Core.Import;
using DefactoPop.Core.Publication;
using DefactoPop.Core.Publication.Disclosure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

/// <summary>
/// <c>audit-release DIR</c>: attacks one published day's folder with everything in it. Prints the suppressed cells
/// checked, the narrowest interval found and every violation; exits 2 on a violation or on files it cannot read.
/// </summary>
public sealed class AuditReleaseCommand : Command<AuditReleaseCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("One published day's folder (the official CSV files of the release).")]
        public string Dir { get; init; } = "";

        [CommandOption("--threshold <PERSONS>")]
        [Description("The release's suppression threshold (default 3).")]
        public double Threshold { get; init; } = 3;

        public override ValidationResult Validate()
        {
            if (!Directory.Exists(Dir))
                return ValidationResult.Error($"{Dir}: no such folder.");
            return Threshold > 0 ? ValidationResult.Success() : ValidationResult.Error("--threshold must be above 0.");
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        var clock = Stopwatch.StartNew();
        ReleaseAudit audit;
        try
        {
            audit = ReleaseDisclosure.Audit(ReleaseFiles.Read(settings.Dir), new DisclosureOptions(settings.Threshold));
        }
        catch (ImportFormatException e)
        {
            foreach (var issue in e.Issues.Take(20))
                Console.Error.WriteLine("error: " + issue);
            return CliApp.UsageError;
        }
        catch (InconsistentReleaseException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return CliApp.UsageError;
        }
        Console.WriteLine(string.Create(inv, $"checked {audit.CellsChecked:N0} suppressed cells in {audit.Tables:N0} hour × class tables in {clock.Elapsed.TotalSeconds:F1} s"));
        Console.WriteLine(audit.Narrowest is { } n
            ? string.Create(inv, $"narrowest interval: {n.Width:0.##} persons wide ({n})")
            : "narrowest interval: none (nothing is suppressed)");
        Console.WriteLine(string.Create(inv, $"violations: {audit.Violations.Count:N0}"));
        foreach (var v in audit.Violations.Take(20))
            Console.WriteLine("  " + v);
        return audit.Passed ? 0 : CliApp.UsageError;
    }
}
