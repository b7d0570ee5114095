using DefactoPop.Web.Data.Auth;
using DefactoPop.Web.Data.Stores;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DefactoPop.Web.Hosting;

/// <summary>
/// Sign-in and roles: ASP.NET Core Identity in its own context over the store's database, a cookie, three policies,
/// and the reader's right to raw figures set for every request and circuit activity. Auth:AnonymousViewer (true by
/// default) lets visitors who did not sign in read as viewers; false requires sign-in everywhere except the sign-in
/// page, static files, /healthz and the open-data API (which takes its own keys).
/// </summary>
public static class AuthExtensions
{
    public const string Section = "Auth";

    /// <summary>Users and the audit log on the store's database (the verbs and the web host): call after AddDefactoPopData.</summary>
    public static IServiceCollection AddAuthStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(configuration);
        services.AddSingleton<IDbContextFactory<AuthDbContext>>(sp => new AuthContextFactory(sp.GetRequiredService<StoreDatabase>()));
        // Identity's stores take the context from the request's scope.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AuthDbContext>>().CreateDbContext());
        services.AddSingleton<AuthStore>();
        services.AddSingleton<AuditLog>();
        services.AddIdentityCore<AppUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AuthDbContext>()
            .AddSignInManager();
        return services;
    }

    /// <summary>Passwords of 10 characters or more with a digit and a lower-case letter; 5 failures lock an account for 5 minutes.</summary>
    public static void ConfigureIdentity(IdentityOptions o)
    {
        o.Password.RequiredLength = 10;
        o.Password.RequireDigit = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
        o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
    }

    public static bool AnonymousViewer(IConfiguration configuration) => configuration.GetValue($"{Section}:AnonymousViewer", true);

    /// <summary>The web host's sign-in: cookie, policies, per-user disclosure, the migration of the auth tables at start.</summary>
    public static IServiceCollection AddDefactoPopAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthStore(configuration);
        services.AddHostedService<AuthInitializer>();
        services.PostConfigure<DisclosureSettings>(d => d.PerUser = true);
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "defactopop.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = AuthEndpoints.SignInPath;
            o.AccessDeniedPath = AuthEndpoints.SignInPath;
            o.ReturnUrlParameter = "returnUrl";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.Redirect(AuthEndpoints.SignInPath + "?denied=1&returnUrl=" + Uri.EscapeDataString(context.Request.PathBase + context.Request.Path + context.Request.QueryString));
                return Task.CompletedTask;
            };
        });
        var anonymous = AnonymousViewer(configuration);
        var authorization = services.AddAuthorizationBuilder()
            .AddPolicy(AuthRoles.ViewerPolicy, p =>
            {
                if (anonymous)
                    p.RequireAssertion(_ => true);
                else
                    p.RequireAuthenticatedUser();
            })
            .AddPolicy(AuthRoles.AnalystPolicy, p => p.RequireRole(AuthRoles.Analyst, AuthRoles.Admin))
            .AddPolicy(AuthRoles.AdminPolicy, p => p.RequireRole(AuthRoles.Admin));
        if (!anonymous)
            authorization.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
        services.AddScoped<CircuitHandler, DisclosureCircuitHandler>();
        return services;
    }

    /// <summary>Call after UseOperations and before the API and the dashboard (antiforgery must follow authentication).</summary>
    public static WebApplication UseDefactoPopAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(AuthAuditing.ReaderAsync);
        app.MapAuthEndpoints();
        return app;
    }

    /// <summary>Migrates the auth tables at start (after the store's own migration).</summary>
    private sealed class AuthInitializer(AuthStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => store.MigrateAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
