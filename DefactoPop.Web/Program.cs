using DefactoPop.Web.Cli;
using DefactoPop.Web.Hosting;

// No verb, or "serve": the dashboard. A verb (import, export, summary, simulate, validate, bench): the command line.
// Anything else is refused with a usage message and exit code 2.
var route = CliApp.Route(args);
if (!route.Serve)
{
    // A verb is a batch job: no background GC (less memory held by garbage, no pauses anyone sees).
    System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
    return await CliApp.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(route.HostArgs);
builder.WebHost.UseStaticWebAssets(); // package assets (MudBlazor, Plotly) in every environment, not only Development
builder.Services.AddDefactoPopData(builder.Configuration, route.DbPath).AddDatabaseInitializer();
builder.Services.AddDashboardUi(builder.Configuration);
builder.Services.AddOpenDataApi(builder.Configuration);
builder.Services.AddOperations();
builder.Services.AddDefactoPopAuth(builder.Configuration);

var app = builder.Build();
app.UseOperations();
app.UseDefactoPopAuth();
app.UseOpenDataApi();
app.UseDashboardUi();
await app.RunAsync();
return 0;

public partial class Program;
