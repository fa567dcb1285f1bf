using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class ConcernDraftConfiguration : IEntityTypeConfiguration<ConcernDraft>
{
    public void Configure(EntityTypeBuilder<ConcernDraft> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Description).HasMaxLength(10000);
        builder.Property(d => d.Platform).HasMaxLength(200);
        builder.Property(d => d.Address).HasMaxLength(2000);
        builder.Property(d => d.DeviceLocation).HasMaxLength(1000);
        builder.Property(d => d.SubjectDescription).HasMaxLength(500);
        builder.Property(d => d.PupilsInvolved).HasMaxLength(1000);
        builder.Property(d => d.SentReference).HasMaxLength(ConcernReference.MaxLength);
        builder.HasIndex(d => d.ReporterAdultId);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasOne<Adult>().WithMany().HasForeignKey(d => d.ReporterAdultId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Adult>().WithMany().HasForeignKey(d => d.SubjectAdultId).OnDelete(DeleteBehavior.Restrict);
    }
}
