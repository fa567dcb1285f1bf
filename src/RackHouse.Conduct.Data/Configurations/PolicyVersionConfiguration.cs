using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class PolicyVersionConfiguration : IEntityTypeConfiguration<PolicyVersion>
{
    public void Configure(EntityTypeBuilder<PolicyVersion> builder)
    {
        builder.Property(v => v.Body).HasMaxLength(PolicyVersion.MaxBodyLength);
        builder.Property(v => v.ChangeSummary).HasMaxLength(2000);
        builder.Property(v => v.TextSha256).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(v => new { v.PolicyId, v.Number }).IsUnique();
        builder.HasOne<Adult>().WithMany().HasForeignKey(v => v.DraftedByAdultId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Adult>().WithMany().HasForeignKey(v => v.PublishedByAdultId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(v => v.IsPublished);
    }
}
