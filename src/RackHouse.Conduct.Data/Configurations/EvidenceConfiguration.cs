using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.Property(e => e.StoredName).HasMaxLength(64);
        builder.HasIndex(e => e.StoredName).IsUnique();
        builder.Property(e => e.FileName).HasMaxLength(Evidence.MaxFileNameLength);
        builder.Property(e => e.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(e => e.DraftId);
        builder.HasOne<Adult>().WithMany().HasForeignKey(e => e.UploadedByAdultId).OnDelete(DeleteBehavior.Restrict);
    }
}
