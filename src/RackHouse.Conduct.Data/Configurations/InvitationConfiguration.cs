using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.HasOne<Adult>().WithOne().HasForeignKey<Invitation>(i => i.AdultId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.AdultId).IsUnique();
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
    }
}
