using System.ComponentModel;
using System.Globalization;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Synthetic;
using DefactoPop.Core.Validation;
using DefactoPop.Web.Data.Import;
using DefactoPop.Web.Data.Simulation;
using DefactoPop.Web.Data.Stores;
using Spectre.Console;
using Spectre.Console.Cli;
using Check = Spectre.Console.ValidationResult;

namespace DefactoPop.Web.Cli;

/// <summary>
/// Without --truth: runs observation + estimation against the synthetic truth in process and reports the errors. With
/// --truth DIR: compares the stored estimates of chosen days with the sealed truth (<see cref="ValidateStoreMode"/>).
/// Either way the result is stored for the method page unless --no-store.
/// </summary>
public sealed class ValidateCommand : AsyncCommand<ValidateCommand.Settings>
{
    public sealed class Settings : DbSettings
    {
        [CommandOption("--json")]
        [Description("Print the JSON contract documented in the README.")]
        public bool Json { get; init; }

        [CommandOption("--from <DATE>")]
        public string From { get; init; } = "2017-10-01";

        [CommandOption("--to <DATE>")]
        public string To { get; init; } = "2017-12-31";

        [CommandOption("--seed <N>")]
        public int Seed { get; init; } = SimulationRequest.DefaultSeed;

        [CommandOption("--days <N|DATES>")]
        [Description("Without --truth: days sampled evenly over the period (default 3). With --truth: the days, D,D,… (default the five issue-8 days).")]
        public string? Days { get; init; }

        [CommandOption("--truth <DIR>")]
        [Description("Validate the stored estimates against the sealed truth folder of simulate --out (DIR or DIR/truth).")]
        public string? Truth { get; init; }

        [CommandOption("--no-store")]
        [Description("Do not save the result into the database's method page.")]
        public bool NoStore { get; init; }

        /// <summary>The sample size of the in-process mode.</summary>
        public int SampleDays => Days is null ? 3 : int.Parse(Days, CultureInfo.InvariantCulture);

        /// <summary>The days of the --truth mode.</summary>
        public IReadOnlyList<DateOnly> TruthDays =>
            Days is null ? StoredValidation.DefaultDays : [.. Days.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(CliDates.Parse).Distinct()];

        public override Check Validate()
        {
            if (base.Validate() is { Successful: false } problem)
                return problem;
            if (Truth is null)
                return Days is null || int.TryParse(Days, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                    ? Check.Success()
                    : Check.Error($"--days '{Days}' is not a positive number of days (dates are for --truth)");
            try
            {
                return TruthDays.Count > 0 ? Check.Success() : Check.Error("--days names no day");
            }
            catch (FormatException e)
            {
                return Check.Error("--days: " + e.Message);
            }
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Truth is not null)
            return await ValidateStoreMode.RunAsync(settings, cancellationToken);
        var from = CliDates.Parse(settings.From);
        var to = CliDates.Parse(settings.To);
        DefactoPop.Core.Validation.ValidationResult result = null!;
        var run = () =>
        {
            var city = SyntheticCityBuilder.Build(settings.Seed);
            var options = new ValidationOptions
            {
                MaxDays = settings.SampleDays,
                Simulation = new SimulationOptions { Seed = settings.Seed, TruthIsThreadSafe = true },
            };
            result = Validator.Run(city, slot => MovementModel.Generate(city, slot), from, to, options);
        };
        if (settings.Json)
            await Task.Run(run, cancellationToken);
        else
            await AnsiConsole.Status().StartGatedAsync("validating against the synthetic truth …", _ => Task.Run(run, cancellationToken));

        if (!settings.NoStore)
        {
            await using var services = CliServices.Build(settings.Db, internalView: true);
            await services.GetRequiredService<ImportService>().EnsureReadyAsync(cancellationToken);
            await MetaStore.SetAsync(services.GetRequiredService<StoreDatabase>(), MetaKeys.Validation, result.ToJson(), cancellationToken);
        }
        if (settings.Json)
        {
            Console.WriteLine(result.ToJson());
            return 0;
        }
        var inv = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("target", "measured", "goal", "met");
        foreach (var t in result.Targets)
            table.AddRow(Markup.Escape(t.Name), t.Value.ToString("F2", inv), Markup.Escape(t.Target), t.Met ? "[green]yes[/]" : "[red]no[/]");
        AnsiConsole.Write(table);
        var sensitivity = new Table().AddColumns("assumed rate", "−5 %: city total error", "+5 %: city total error");
        foreach (var r in result.Sensitivity)
            sensitivity.AddRow(Markup.Escape(r.Rate), r.MinusPct.ToString("+0.00;-0.00", inv) + " %", r.PlusPct.ToString("+0.00;-0.00", inv) + " %");
        AnsiConsole.Write(sensitivity);
        Console.WriteLine(string.Create(inv, $"days sampled: {string.Join(", ", result.SampledDates)}; allocation {result.Allocation}, expansion {result.Expansion}"));
        return 0;
    }
}
