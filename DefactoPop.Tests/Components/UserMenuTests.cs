using Bunit;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Web.Components.Layout;
using DefactoPop.Web.Data.Auth;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.Components;

/// <summary>The app bar's user menu for each kind of reader.</summary>
public sealed class UserMenuTests : DashboardTestContext
{
    [Fact]
    public void UserMenu_Anonymous_SignInReturningToThisPage()
    {
        AddAuthorization();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/map?level=gu");
        var cut = Render<UserMenu>();

        Assert.Empty(cut.FindAll("#user-name"));
        cut.Find("#user-signin").Click();

        Assert.EndsWith("/signin?returnUrl=%2Fmap%3Flevel%3Dgu", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AuthRoles.Viewer, "열람자", false)]
    [InlineData(AuthRoles.Analyst, "분석가", false)]
    [InlineData(AuthRoles.Admin, "관리자", true)]
    public void UserMenu_SignedIn_NameRoleAndAuditForAdminOnly(string role, string label, bool audit)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("kim");
        auth.SetRoles(role);

        var cut = Render<UserMenu>();

        Assert.Equal($"kim · {label}", cut.Find("#user-name").TextContent);
        Assert.Equal(audit, cut.FindAll("#user-audit").Count == 1);
        Assert.Empty(cut.FindAll("#user-signin"));
    }

    [Fact]
    public void UserMenu_SignOut_GoesToTheSignOutPage()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("kim");
        var cut = Render<UserMenu>();

        cut.Find("#user-signout").Click();

        Assert.EndsWith("/signout", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }
}
