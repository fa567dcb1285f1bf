using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class ConcernYearCounterConfiguration : IEntityTypeConfiguration<ConcernYearCounter>
{
    public void Configure(EntityTypeBuilder<ConcernYearCounter> builder)
    {
        builder.HasKey(c => new { c.Year, c.Series });
        builder.Property(c => c.Year).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
