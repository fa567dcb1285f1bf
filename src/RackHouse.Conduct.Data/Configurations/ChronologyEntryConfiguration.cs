using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class ChronologyEntryConfiguration : IEntityTypeConfiguration<ChronologyEntry>
{
    public void Configure(EntityTypeBuilder<ChronologyEntry> builder)
    {
        builder.Property(e => e.Text).HasMaxLength(10000);
        builder.Property(e => e.ReferralReference).HasMaxLength(200);
        builder.Property(e => e.LessonsLearned).HasMaxLength(4000);
        builder.HasOne<Adult>().WithMany().HasForeignKey(e => e.ByAdultId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ChronologyEntry>().WithMany().HasForeignKey(e => e.AmendsEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}
