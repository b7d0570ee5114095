namespace DefactoPop.Web.Data.Auth;

/// <summary>One audited action: who (user name, "anonymous" or "cli:NAME"), what, on what, from where, and whether it was allowed.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }

    public required string User { get; set; }

    /// <summary>The user's role at the time ("cli" for a verb).</summary>
    public required string Role { get; set; }

    /// <summary>What was acted on: a path and query, a file, a date.</summary>
    public string? Target { get; set; }

    /// <summary>False for a refused or failed action (a failed sign-in, a refused reprocessing).</summary>
    public bool Succeeded { get; set; } = true;

    /// <summary>The remote address for a web request; null for a verb.</summary>
    public string? Address { get; set; }
}

/// <summary>The audited actions, as stored.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string PasswordChanged = "password-changed";
    public const string Export = "export";
    public const string RawView = "raw-view";
    public const string Import = "import";
    public const string Release = "release";
    public const string Reprocess = "reprocess";
    public const string UserAdded = "user-added";
    public const string UserRemoved = "user-removed";

    public static IReadOnlyList<string> All { get; } =
        [SignIn, SignInFailed, SignOut, PasswordChanged, Export, RawView, Import, Release, Reprocess, UserAdded, UserRemoved];
}
