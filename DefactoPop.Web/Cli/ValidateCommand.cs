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

namespace DefactoPop.Web.Cli;

/// <summary>Runs observation + estimation against the synthetic truth and reports the errors (and stores them for the method page).</summary>
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

        [CommandOption("--days <N>")]
        [Description("Days sampled evenly over the period (all 24 hours each). Default 3.")]
        public int Days { get; init; } = 3;

        [CommandOption("--no-store")]
        [Description("Do not save the result into the database's method page.")]
        public bool NoStore { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var from = CliDates.Parse(settings.From);
        var to = CliDates.Parse(settings.To);
        DefactoPop.Core.Validation.ValidationResult result = null!;
        var run = () =>
        {
            var city = SyntheticCityBuilder.Build(settings.Seed);
            var options = new ValidationOptions
            {
                MaxDays = settings.Days,
                Simulation = new SimulationOptions { Seed = settings.Seed, TruthIsThreadSafe = true },
            };
            result = Validator.Run(city, slot => MovementModel.Generate(city, slot), from, to, options);
        };
        if (settings.Json)
            await Task.Run(run, cancellationToken);
        else
            await AnsiConsole.Status().StartAsync("validating against the synthetic truth …", _ => Task.Run(run, cancellationToken));

        if (!settings.NoStore)
        {
            await using var services = CliServices.Build(settings.Db);
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
        Console.WriteLine(string.Create(inv, $"days sampled: {string.Join(", ", result.SampledDates)}; allocation {result.Allocation}, expansion {result.Expansion}"));
        return 0;
    }
}
