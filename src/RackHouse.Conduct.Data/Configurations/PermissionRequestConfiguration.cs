using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Requests;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class PermissionRequestConfiguration : IEntityTypeConfiguration<PermissionRequest>
{
    public void Configure(EntityTypeBuilder<PermissionRequest> builder)
    {
        builder.MapDecisionRecord<PermissionRequest, PermissionStatus, PermissionAction>("PermissionRequestSteps");
        builder.Property(r => r.What).HasMaxLength(2000);
        builder.Property(r => r.WithWhom).HasMaxLength(500);
        builder.Property(r => r.Why).HasMaxLength(4000);
        builder.Property(r => r.HowLong).HasMaxLength(200);
        builder.Ignore(r => r.Conditions);
    }
}
