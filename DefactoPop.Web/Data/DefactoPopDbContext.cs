using DefactoPop.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DefactoPop.Web.Data;

/// <summary>
/// The SQLite store. Migrations live in Data/Migrations; add one with
/// <c>dotnet ef migrations add NAME --project DefactoPop.Web --output-dir Data/Migrations</c>.
/// </summary>
public sealed class DefactoPopDbContext(DbContextOptions<DefactoPopDbContext> options) : DbContext(options)
{
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
