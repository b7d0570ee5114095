using Microsoft.AspNetCore.Identity;

namespace DefactoPop.Web.Data.Auth;

/// <summary>A person who signs in. Users are added by the <c>user add</c> verb with a one-time password.</summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>True until the one-time password printed by <c>user add</c> has been replaced at sign-in.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
