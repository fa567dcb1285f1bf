using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Pupils;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class PupilConfiguration : IEntityTypeConfiguration<Pupil>
{
    public void Configure(EntityTypeBuilder<Pupil> builder)
    {
        builder.Property(p => p.FullName).HasMaxLength(200);
        builder.Property(p => p.YearGroup).HasMaxLength(50);
        builder.Property(p => p.MisId).HasMaxLength(50);
        builder.HasIndex(p => p.MisId).IsUnique();
    }
}
