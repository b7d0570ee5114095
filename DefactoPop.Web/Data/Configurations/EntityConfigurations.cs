using DefactoPop.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefactoPop.Web.Data.Configurations;

internal sealed class ZoneConfiguration : IEntityTypeConfiguration<ZoneEntity>
{
    public void Configure(EntityTypeBuilder<ZoneEntity> b)
    {
        b.ToTable("Zone");
        b.Property(z => z.Id).ValueGeneratedNever();
        b.HasIndex(z => z.Code).IsUnique();
        b.HasIndex(z => new { z.Level, z.Code });
        b.Property(z => z.Level).HasConversion<int>();
    }
}

internal sealed class PopBlockConfiguration : IEntityTypeConfiguration<PopBlockEntity>
{
    public void Configure(EntityTypeBuilder<PopBlockEntity> b)
    {
        b.ToTable("PopBlock");
        b.HasKey(c => c.Key);
        b.Property(c => c.Key).ValueGeneratedNever();
    }
}

internal sealed class PopMaskConfiguration : IEntityTypeConfiguration<PopMaskEntity>
{
    public void Configure(EntityTypeBuilder<PopMaskEntity> b)
    {
        b.ToTable("PopMask");
        b.HasKey(c => c.Key);
        b.Property(c => c.Key).ValueGeneratedNever();
    }
}

internal sealed class PlacePointConfiguration : IEntityTypeConfiguration<PlacePointEntity>
{
    public void Configure(EntityTypeBuilder<PlacePointEntity> b)
    {
        b.ToTable("PlacePoint");
        b.HasKey(p => p.Id);
        b.HasIndex(p => new { p.Kind, p.Source });
    }
}

internal sealed class CommuteFlowConfiguration : IEntityTypeConfiguration<CommuteFlowEntity>
{
    public void Configure(EntityTypeBuilder<CommuteFlowEntity> b)
    {
        b.ToTable("CommuteFlow");
        b.HasKey(f => f.Id);
        b.HasIndex(f => new { f.Source });
        b.HasIndex(f => new { f.Day, f.Hour });
    }
}

internal sealed class RegisteredConfiguration : IEntityTypeConfiguration<RegisteredEntity>
{
    public void Configure(EntityTypeBuilder<RegisteredEntity> b)
    {
        b.ToTable("Registered");
        b.HasKey(r => new { r.ZoneId, r.Group, r.Sex, r.Band });
    }
}

internal sealed class DailyStatConfiguration : IEntityTypeConfiguration<DailyStatEntity>
{
    public void Configure(EntityTypeBuilder<DailyStatEntity> b)
    {
        b.ToTable("DailyStat");
        b.HasKey(d => new { d.ZoneId, d.Day });
        b.HasIndex(d => d.Day);
    }
}

internal sealed class ImportedFileConfiguration : IEntityTypeConfiguration<ImportedFileEntity>
{
    public void Configure(EntityTypeBuilder<ImportedFileEntity> b)
    {
        b.ToTable("ImportedFile");
        b.HasIndex(f => f.FileName).IsUnique();
    }
}

internal sealed class MetaConfiguration : IEntityTypeConfiguration<MetaEntity>
{
    public void Configure(EntityTypeBuilder<MetaEntity> b)
    {
        b.ToTable("Meta");
        b.HasKey(m => m.Key);
    }
}
