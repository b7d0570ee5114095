using DefactoPop.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DefactoPop.Web.Data;

/// <summary>
/// The PostgreSQL store: the SQLite model with lower-case table and column names (so the raw SQL the two share needs
/// no quoting: PostgreSQL folds unquoted names to lower case) and its own migrations in Data/Migrations/Postgres; add
/// one with <c>dotnet ef migrations add NAME --project DefactoPop.Web --context PostgresDbContext --output-dir Data/Migrations/Postgres</c>.
/// The block table is partitioned by month (see the initial migration and Stores/Postgres/BlockPartitions).
/// </summary>
public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : DefactoPopDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Kept as the ISO 8601 text SQLite holds, so the importers write one value and migrate-store copies it as is.
        modelBuilder.Entity<ImportedFileEntity>().Property(f => f.ImportedAt)
            .HasConversion(v => v.ToString("O"), s => DateTimeOffset.Parse(s, System.Globalization.CultureInfo.InvariantCulture));
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            entity.SetTableName(entity.GetTableName()!.ToLowerInvariant());
            foreach (var property in entity.GetProperties())
                property.SetColumnName(property.Name.ToLowerInvariant());
        }
    }
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without a server (adding a migration connects to none).</summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
