using System.Net;
using System.Text.RegularExpressions;
using DefactoPop.Web.Data.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.TestSupport.Dashboard;

/// <summary>
/// An HTTP client of the running app that keeps its cookies and does not follow redirects, signed in through the real
/// form (GET /signin for the antiforgery token, POST /account/signin), or anonymous.
/// </summary>
public sealed partial class SignInClient : IDisposable
{
    public const string Password = "test-password-1";

    private SignInClient(string baseUrl)
    {
        Cookies = new CookieContainer();
        Http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        Http.DefaultRequestHeaders.Accept.ParseAdd("text/html");
    }

    public HttpClient Http { get; }

    public CookieContainer Cookies { get; }

    public static SignInClient Anonymous(string baseUrl) => new(baseUrl);

    /// <summary>Adds <paramref name="name"/> with <paramref name="role"/> and <see cref="Password"/> (already changed) unless present.</summary>
    public static async Task EnsureUserAsync(IServiceProvider services, string name, string role)
    {
        await services.GetRequiredService<AuthStore>().MigrateAsync();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (await users.FindByNameAsync(name) is not null)
            return;
        if (!await roles.RoleExistsAsync(role))
            await roles.CreateAsync(new IdentityRole(role));
        var user = new AppUser { UserName = name, CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
    }

    /// <summary>Signs in and asserts the redirect that follows success.</summary>
    public static async Task<SignInClient> SignedInAsync(string baseUrl, string user, string password = Password)
    {
        var client = new SignInClient(baseUrl);
        using var response = await client.PostSignInAsync(user, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("/signin", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        return client;
    }

    /// <summary>The sign-in form's post with a fresh antiforgery token (extra fields such as newPassword may be added).</summary>
    public async Task<HttpResponseMessage> PostSignInAsync(string user, string password, params (string Key, string Value)[] extra)
    {
        var token = await TokenAsync();
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", token), new("user", user), new("password", password), new("returnUrl", "/"),
        };
        fields.AddRange(extra.Select(e => new KeyValuePair<string, string>(e.Key, e.Value)));
        return await Http.PostAsync("/account/signin", new FormUrlEncodedContent(fields));
    }

    /// <summary>The antiforgery token the sign-in page renders.</summary>
    public async Task<string> TokenAsync()
    {
        var html = await Http.GetStringAsync("/signin");
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "no antiforgery token on /signin");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
