using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Declarations;
using RackHouse.Conduct.Domain.Pupils;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class FamilyLinkDeclarationConfiguration : IEntityTypeConfiguration<FamilyLinkDeclaration>
{
    public void Configure(EntityTypeBuilder<FamilyLinkDeclaration> builder)
    {
        builder.MapDecisionRecord<FamilyLinkDeclaration, DeclarationStatus, DeclarationAction>("FamilyLinkDeclarationSteps");
        builder.Property(d => d.PupilName).HasMaxLength(200);
        builder.Property(d => d.Platforms).HasMaxLength(500);
        builder.Property(d => d.Details).HasMaxLength(4000);
        builder.HasOne<Pupil>().WithMany().HasForeignKey(d => d.PupilId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(d => d.IsAcknowledged);
        builder.Ignore(d => d.Protocols);
    }
}
