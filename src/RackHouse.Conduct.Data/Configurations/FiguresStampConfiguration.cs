using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Data.Figures;

namespace RackHouse.Conduct.Data.Configurations;

public sealed class FiguresStampConfiguration : IEntityTypeConfiguration<FiguresStamp>
{
    public void Configure(EntityTypeBuilder<FiguresStamp> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(FiguresStamp.Initial());
    }
}
