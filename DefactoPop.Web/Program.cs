using DefactoPop.Web.Cli;
using DefactoPop.Web.Hosting;

// With a verb (import, export, summary, simulate, validate, bench) this is the command line; without one it serves the dashboard.
if (CliApp.IsCommand(args))
    return await CliApp.RunAsync(args);

var builder = WebApplication.CreateBuilder(CliApp.StripDbOption(args, out var dbPath));
builder.WebHost.UseStaticWebAssets(); // package assets (MudBlazor, Plotly) in every environment, not only Development
builder.Services.AddDefactoPopData(builder.Configuration, dbPath).AddDatabaseInitializer();
builder.Services.AddDashboardUi(builder.Configuration);

var app = builder.Build();
app.UseDashboardUi();
await app.RunAsync();
return 0;

public partial class Program;
