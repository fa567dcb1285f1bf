using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class AcknowledgementReminderConfiguration : IEntityTypeConfiguration<AcknowledgementReminder>
{
    public void Configure(EntityTypeBuilder<AcknowledgementReminder> builder)
    {
        builder.HasIndex(r => new { r.AdultId, r.SentOn }).IsUnique();
        builder.HasOne<Adult>().WithMany().HasForeignKey(r => r.AdultId).OnDelete(DeleteBehavior.Restrict);
    }
}
