using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Data.Identity;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class ConductUserConfiguration : IEntityTypeConfiguration<ConductUser>
{
    public void Configure(EntityTypeBuilder<ConductUser> builder)
    {
        builder.HasOne(u => u.Adult).WithOne().HasForeignKey<ConductUser>(u => u.AdultId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.AdultId).IsUnique();
    }
}
