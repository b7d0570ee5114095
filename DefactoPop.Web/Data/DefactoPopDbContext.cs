using DefactoPop.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DefactoPop.Web.Data;

/// <summary>
/// The store. This class is the SQLite model, with its migrations in Data/Migrations; add one with
/// <c>dotnet ef migrations add NAME --project DefactoPop.Web --context DefactoPopDbContext --output-dir Data/Migrations</c>.
/// PostgreSQL uses <see cref="PostgresDbContext"/>, the same model with its own migrations (EF's one context type per
/// provider pattern).
/// </summary>
public class DefactoPopDbContext : DbContext
{
    public DefactoPopDbContext(DbContextOptions<DefactoPopDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's subclass, whose options carry its own context type.</summary>
    protected DefactoPopDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<ZoneEntity> Zones => Set<ZoneEntity>();
    public DbSet<PopBlockEntity> Blocks => Set<PopBlockEntity>();
    public DbSet<PopMaskEntity> Masks => Set<PopMaskEntity>();
    public DbSet<PlacePointEntity> PlacePoints => Set<PlacePointEntity>();
    public DbSet<CommuteFlowEntity> CommuteFlows => Set<CommuteFlowEntity>();
    public DbSet<RegisteredEntity> Registered => Set<RegisteredEntity>();
    public DbSet<DailyStatEntity> DailyStats => Set<DailyStatEntity>();
    public DbSet<ImportedFileEntity> ImportedFiles => Set<ImportedFileEntity>();
    public DbSet<MetaEntity> Meta => Set<MetaEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DefactoPopDbContext).Assembly);
}
