using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Requests;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class OfficialSiteRequestConfiguration : IEntityTypeConfiguration<OfficialSiteRequest>
{
    public void Configure(EntityTypeBuilder<OfficialSiteRequest> builder)
    {
        builder.MapDecisionRecord<OfficialSiteRequest, SiteRequestStatus, SiteRequestAction>("OfficialSiteRequestSteps");
        builder.Property(r => r.Platform).HasMaxLength(100);
        builder.Property(r => r.Address).HasMaxLength(500);
        builder.Property(r => r.Purpose).HasMaxLength(4000);
        builder.Property(r => r.Audience).HasMaxLength(1000);
        builder.Property(r => r.Moderators).HasMaxLength(1000);
        builder.Ignore(r => r.ReviewOn);
    }
}
