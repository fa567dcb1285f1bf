using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Audit;
using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // Two writers that read the same last entry both try the next sequence number: the unique index lets one
        // through and the other retries on top of it, so the entries stay one chain on every database.
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.HasIndex(e => e.ConcernReference);
        builder.Property(e => e.ConcernReference).HasMaxLength(ConcernReference.MaxLength);
        builder.Property(e => e.FromAddress).HasMaxLength(45);
        builder.Property(e => e.Detail).HasMaxLength(AuditEntry.MaxDetailLength);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
    }
}
