using DefactoPop.Core.Abstractions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DefactoPop.Tests.TestSupport.Dashboard;

/// <summary>The real app on Kestrel (loopback, free port) with the read store replaced by <see cref="TestPopulationStore"/>.</summary>
public sealed class DashboardAppFactory : WebApplicationFactory<Program>
{
    private readonly IPopulationReadStore _store;

    public DashboardAppFactory(IPopulationReadStore? store = null)
    {
        _store = store ?? new TestPopulationStore();
        UseKestrel(0);
    }

    /// <summary>Starts Kestrel and returns the base address, e.g. http://127.0.0.1:41234.</summary>
    public string Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseSetting("DetailedErrors", "true");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IPopulationReadStore>();
            services.AddSingleton(_store);
        });
    }
}
