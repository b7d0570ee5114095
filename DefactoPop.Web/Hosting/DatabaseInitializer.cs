using DefactoPop.Web.Data;
using DefactoPop.Web.Data.Import;
using DefactoPop.Web.Data.Simulation;
using Microsoft.EntityFrameworkCore;

namespace DefactoPop.Web.Hosting;

/// <summary>
/// Migrates the store at start; on an empty store, seeds the embedded default (synthetic Seoul 2017-Q4) in the
/// background, the days a first visitor sees first (and finishes an interrupted seeding of it). Turn seeding off with Data:SeedOnStart=false.
/// </summary>
public sealed class DatabaseInitializer(
    ImportService imports,
    Data.Stores.StoreDatabase database,
    SimulationService simulation,
    IDbContextFactory<DefactoPopDbContext> contexts,
    IConfiguration configuration,
    ILogger<DatabaseInitializer> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Store: {Path}", database.Describe());
        await imports.EnsureReadyAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Data:SeedOnStart", true))
            return;
        await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
        {
            var hasData = await db.Blocks.AnyAsync(stoppingToken);
            var scenario = await Data.Stores.MetaStore.GetAsync(db, Core.Abstractions.MetaKeys.Scenario, stoppingToken);
            if (hasData && scenario != SimulationService.ScenarioKey(SimulationRequest.Default))
                return; // imported files, or another simulated scenario (simulate --from/--to): leave it alone
        }
        try
        {
            logger.LogInformation("Seeding the default scenario (synthetic Seoul 2017-Q4) in the background.");
            await simulation.RunAsync(SimulationRequest.Default, new Progress<SimulationProgress>(p =>
                logger.LogInformation("Simulation {Done}/{Total}: {Stage}", p.DaysDone, p.DaysTotal, p.Stage)), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "Seeding the default scenario failed.");
        }
    }
}
