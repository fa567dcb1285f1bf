using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class AcknowledgementConfiguration : IEntityTypeConfiguration<Acknowledgement>
{
    public void Configure(EntityTypeBuilder<Acknowledgement> builder)
    {
        builder.Property(a => a.Statements).HasMaxLength(4000);
        builder.Property(a => a.TextSha256).HasMaxLength(64).IsFixedLength();
        // One per adult, version and academic year, whatever double or concurrent submissions arrive.
        builder.HasIndex(a => new { a.AdultId, a.PolicyVersionId, a.AcademicYearStart }).IsUnique();
        builder.HasIndex(a => new { a.AcademicYearStart, a.PolicyVersionId });
        builder.HasOne<Adult>().WithMany().HasForeignKey(a => a.AdultId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PolicyVersion>().WithMany().HasForeignKey(a => a.PolicyVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(a => a.StatementLines);
    }
}
