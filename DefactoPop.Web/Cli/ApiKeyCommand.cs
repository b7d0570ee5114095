using System.ComponentModel;
using System.Globalization;
using DefactoPop.Web.Api;
using DefactoPop.Web.Data.Import;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

/// <summary><c>api-key add NAME</c>: issues a key of the open-data API and prints it once (the store keeps its hash).</summary>
public sealed class ApiKeyAddCommand : AsyncCommand<ApiKeyAddCommand.Settings>
{
    public sealed class Settings : DbSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("Who the key is for (shown in api-key list).")]
        public string Name { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(settings.Db);
        await services.GetRequiredService<ImportService>().EnsureReadyAsync(cancellationToken);
        try
        {
            var key = await new ApiKeyStore(services.GetRequiredService<Data.Stores.StoreDatabase>(), TimeProvider.System).AddAsync(settings.Name, cancellationToken);
            Console.WriteLine(key);
            Console.Error.WriteLine($"issued for '{settings.Name}'; it is not shown again.");
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return CliApp.UsageError;
        }
    }
}

/// <summary><c>api-key list</c>: the names and issue dates of the keys (never the keys).</summary>
public sealed class ApiKeyListCommand : AsyncCommand<DbSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DbSettings settings, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(settings.Db);
        await services.GetRequiredService<ImportService>().EnsureReadyAsync(cancellationToken);
        foreach (var k in await new ApiKeyStore(services.GetRequiredService<Data.Stores.StoreDatabase>(), TimeProvider.System).ListAsync(cancellationToken))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k.Name}\t{k.IssuedAt:yyyy-MM-dd HH:mm}\tsha256 {k.Sha256[..12]}…"));
        return 0;
    }
}
