using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class SchoolSettingsConfiguration : IEntityTypeConfiguration<SchoolSettings>
{
    public void Configure(EntityTypeBuilder<SchoolSettings> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SchoolName).HasMaxLength(200);
        builder.Property(s => s.HeadteacherName).HasMaxLength(200);
        builder.Property(s => s.SafeguardingLeadName).HasMaxLength(200);
        builder.Property(s => s.ChairOfGovernorsName).HasMaxLength(200);
        builder.Property(s => s.LadoName).HasMaxLength(200);
        builder.Property(s => s.LadoPhone).HasMaxLength(50);
        builder.Property(s => s.LadoEmail).HasMaxLength(256);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
