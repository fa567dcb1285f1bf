using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class AdultConfiguration : IEntityTypeConfiguration<Adult>
{
    public void Configure(EntityTypeBuilder<Adult> builder)
    {
        builder.Property(a => a.FullName).HasMaxLength(200);
        builder.Property(a => a.Email).HasMaxLength(256);
        builder.HasIndex(a => a.Email).IsUnique();
        builder.Property(a => a.JobTitle).HasMaxLength(200);
        builder.Property(a => a.Employer).HasMaxLength(200);
    }
}
