using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using DefactoPop.Web.Data.Auth;
using DefactoPop.Web.Data.Import;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

/// <summary>
/// <c>user add NAME --role admin|analyst|viewer</c>: adds a user and prints a one-time password once (the first
/// sign-in must replace it). <c>user list</c>, <c>user remove NAME</c>.
/// </summary>
public sealed class UserAddCommand : AsyncCommand<UserAddCommand.Settings>
{
    public sealed class Settings : DbSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("The user name to sign in with (letters, digits, - . _ @).")]
        public string Name { get; init; } = "";

        [CommandOption("--role <ROLE>")]
        [Description("admin, analyst or viewer.")]
        public string Role { get; init; } = "";

        public override ValidationResult Validate()
        {
            var result = base.Validate();
            if (!result.Successful)
                return result;
            return AuthRoles.Parse(Role) is null ? ValidationResult.Error($"--role must be one of {string.Join(", ", AuthRoles.All)} (got '{Role}').") : ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = await UserVerbs.OpenAsync(settings.Db, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var role = AuthRoles.Parse(settings.Role)!;
        if (await users.FindByNameAsync(settings.Name) is not null)
            return UserVerbs.Fail($"a user named '{settings.Name}' exists already.");
        if (!await roles.RoleExistsAsync(role))
            UserVerbs.Check(await roles.CreateAsync(new IdentityRole(role)));
        var password = OneTimePassword();
        var user = new AppUser { UserName = settings.Name, MustChangePassword = true, CreatedAt = TimeProvider.System.GetUtcNow(), LockoutEnabled = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return UserVerbs.Fail(string.Join(" ", created.Errors.Select(e => e.Description)));
        UserVerbs.Check(await users.AddToRoleAsync(user, role));
        await services.GetRequiredService<AuditLog>().WriteCliAsync(AuditActions.UserAdded, $"{settings.Name} ({role})", cancellationToken);
        Console.WriteLine(password);
        Console.Error.WriteLine($"user '{settings.Name}' ({role}) added; the one-time password above is not shown again and must be replaced at the first sign-in.");
        return 0;
    }

    /// <summary>16 characters from an alphabet without look-alikes, with at least one digit and one lower-case letter (the password rules).</summary>
    public static string OneTimePassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz";
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        const string all = lower + upper + digits;
        while (true)
        {
            var text = new string(RandomNumberGenerator.GetItems<char>(all, 16));
            if (text.Any(digits.Contains) && text.Any(lower.Contains))
                return text;
        }
    }
}

/// <summary><c>user list</c>: name, role, created, and whether the one-time password is still in use (never a password).</summary>
public sealed class UserListCommand : AsyncCommand<DbSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DbSettings settings, CancellationToken cancellationToken)
    {
        await using var services = await UserVerbs.OpenAsync(settings.Db, cancellationToken);
        await using var db = await services.GetRequiredService<AuthStore>().Contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (from u in db.Users.AsNoTracking()
                          join ur in db.UserRoles on u.Id equals ur.UserId into urs
                          from ur in urs.DefaultIfEmpty()
                          join r in db.Roles on ur.RoleId equals r.Id into rs
                          from r in rs.DefaultIfEmpty()
                          orderby u.UserName
                          select new { u.UserName, Role = r == null ? null : r.Name, u.CreatedAt, u.MustChangePassword }).ToListAsync(cancellationToken);
        foreach (var u in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{u.UserName}\t{u.Role ?? "-"}\t{u.CreatedAt:yyyy-MM-dd HH:mm}\t{(u.MustChangePassword ? "one-time password not yet replaced" : "active")}"));
        }
        return 0;
    }
}

/// <summary><c>user remove NAME</c>: deletes the user (their audit entries stay).</summary>
public sealed class UserRemoveCommand : AsyncCommand<UserRemoveCommand.Settings>
{
    public sealed class Settings : DbSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("The user to remove.")]
        public string Name { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = await UserVerbs.OpenAsync(settings.Db, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(settings.Name) is not { } user)
            return UserVerbs.Fail($"no user named '{settings.Name}'.");
        UserVerbs.Check(await users.DeleteAsync(user));
        await services.GetRequiredService<AuditLog>().WriteCliAsync(AuditActions.UserRemoved, settings.Name, cancellationToken);
        Console.Error.WriteLine($"user '{settings.Name}' removed.");
        return 0;
    }
}

/// <summary>What the user verbs share: the store migrated (its own tables and the auth tables), and error reporting.</summary>
internal static class UserVerbs
{
    public static async Task<ServiceProvider> OpenAsync(string? db, CancellationToken ct)
    {
        var services = CliServices.Build(db);
        await services.GetRequiredService<ImportService>().EnsureReadyAsync(ct);
        await services.GetRequiredService<AuthStore>().MigrateAsync(ct);
        return services;
    }

    public static int Fail(string message)
    {
        Console.Error.WriteLine("error: " + message);
        return CliApp.UsageError;
    }

    public static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
