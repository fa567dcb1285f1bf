using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RackHouse.Conduct.Domain.Requests;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Data.Configurations;

/// <summary>The columns every request shares, and its history as a table of its own: one row per step, never
/// updated or deleted.</summary>
public static class DecisionRecordMapping
{
    public static void MapDecisionRecord<TRecord, TStatus, TAction>(this EntityTypeBuilder<TRecord> builder, string stepsTable)
        where TRecord : DecisionRecord<TStatus, TAction>
        where TStatus : struct, Enum
        where TAction : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.Status);
        builder.HasIndex(r => r.AdultId);
        builder.HasOne<Adult>().WithMany().HasForeignKey(r => r.AdultId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.IsOpen);
        builder.OwnsMany(r => r.Steps, steps =>
        {
            steps.ToTable(stepsTable);
            steps.WithOwner().HasForeignKey("RecordId");
            steps.HasKey(s => s.Id);
            steps.Property(s => s.Text).HasMaxLength(4000);
            steps.HasOne<Adult>().WithMany().HasForeignKey(s => s.ByAdultId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
