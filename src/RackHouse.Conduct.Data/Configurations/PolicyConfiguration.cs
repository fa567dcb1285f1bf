using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Policies;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class PolicyConfiguration : IEntityTypeConfiguration<Policy>
{
    public void Configure(EntityTypeBuilder<Policy> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.HasIndex(p => p.Title).IsUnique();
        builder.HasMany(p => p.Versions).WithOne(v => v.Policy).HasForeignKey(v => v.PolicyId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.CurrentVersion);
        builder.Ignore(p => p.Draft);
    }
}
