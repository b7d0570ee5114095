using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DefactoPop.Web.Data.Auth;

/// <summary>
/// Users, roles and the audit log: a context of its own beside the store's (same database, its own migrations in
/// Data/Auth/Migrations and its own history table <see cref="AuthStore.HistoryTable"/>), so the store's schema and its
/// providers evolve without touching sign-in. Add a migration with
/// <c>dotnet ef migrations add NAME --context AuthDbContext --output-dir Data/Auth/Migrations</c>, and PostgreSQL's
/// with <c>--context PostgresAuthDbContext --output-dir Data/Auth/Migrations/Postgres</c>.
/// </summary>
public class AuthDbContext : IdentityDbContext<AppUser, IdentityRole, string>
{
    public AuthDbContext(DbContextOptions<AuthDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's subclass, whose options carry its own context type.</summary>
    protected AuthDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AuditEntry>(e =>
        {
            e.ToTable("AuditLog");
            e.HasKey(x => x.Id);
            e.Property(x => x.Action).HasMaxLength(32);
            e.Property(x => x.User).HasMaxLength(256);
            e.Property(x => x.Role).HasMaxLength(16);
            e.Property(x => x.Target).HasMaxLength(2048);
            e.Property(x => x.Address).HasMaxLength(64);
            // Ticks, so the provider can order and filter by time (SQLite has no native DateTimeOffset ordering).
            e.Property(x => x.At).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
            e.HasIndex(x => x.At);
            e.HasIndex(x => new { x.Action, x.At });
        });
        builder.Entity<AppUser>().Property(u => u.CreatedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
    }
}

/// <summary>The same model on PostgreSQL, with its own migrations (EF keeps one migration set per context type).</summary>
public sealed class PostgresAuthDbContext(DbContextOptions<PostgresAuthDbContext> options) : AuthDbContext(options);
