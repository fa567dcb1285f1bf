using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> builder)
    {
        builder.Property(c => c.Reference).HasMaxLength(ConcernReference.MaxLength);
        // One reference per concern, whatever concurrent reports arrive (the year's counter hands the numbers out).
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.HasIndex(c => new { c.Year, c.CaseManager, c.Number }).IsUnique();
        builder.HasIndex(c => new { c.Status, c.IsUrgent, c.SubmittedAtUtc });
        builder.HasIndex(c => c.ReporterAdultId);
        builder.HasIndex(c => c.SubjectAdultId);
        builder.Property(c => c.Description).HasMaxLength(10000);
        builder.Property(c => c.Platform).HasMaxLength(200);
        builder.Property(c => c.Address).HasMaxLength(2000);
        builder.Property(c => c.DeviceLocation).HasMaxLength(1000);
        builder.Property(c => c.SubjectDescription).HasMaxLength(500);
        builder.Property(c => c.PupilsInvolved).HasMaxLength(1000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Adult>().WithMany().HasForeignKey(c => c.ReporterAdultId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Adult>().WithMany().HasForeignKey(c => c.SubjectAdultId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Entries).WithOne().HasForeignKey(e => e.ConcernId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Evidence).WithOne().HasForeignKey(e => e.ConcernId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
