using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data.Conventions;
using RackHouse.Conduct.Data.Figures;
using RackHouse.Conduct.Data.Identity;
using RackHouse.Conduct.Domain.Audit;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Domain.Declarations;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Pupils;
using RackHouse.Conduct.Domain.Requests;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Data;

/// <summary>One provider-neutral context: Identity, Data Protection keys and the school's records.</summary>
public sealed class ConductDbContext(DbContextOptions<ConductDbContext> options)
    : IdentityDbContext<ConductUser, IdentityRole<int>, int>(options), IDataProtectionKeyContext
{
    public DbSet<SchoolSettings> SchoolSettings => Set<SchoolSettings>();

    public DbSet<Adult> Adults => Set<Adult>();

    public DbSet<Pupil> Pupils => Set<Pupil>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<Policy> Policies => Set<Policy>();

    public DbSet<PolicyVersion> PolicyVersions => Set<PolicyVersion>();

    public DbSet<Acknowledgement> Acknowledgements => Set<Acknowledgement>();

    public DbSet<AcknowledgementReminder> AcknowledgementReminders => Set<AcknowledgementReminder>();

    public DbSet<FamilyLinkDeclaration> FamilyLinkDeclarations => Set<FamilyLinkDeclaration>();

    public DbSet<OfficialSiteRequest> OfficialSiteRequests => Set<OfficialSiteRequest>();

    public DbSet<PermissionRequest> PermissionRequests => Set<PermissionRequest>();

    public DbSet<Concern> Concerns => Set<Concern>();

    public DbSet<ChronologyEntry> ChronologyEntries => Set<ChronologyEntry>();

    public DbSet<Evidence> Evidence => Set<Evidence>();

    public DbSet<ConcernDraft> ConcernDrafts => Set<ConcernDraft>();

    public DbSet<ConcernYearCounter> ConcernYearCounters => Set<ConcernYearCounter>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<FiguresStamp> FiguresStamps => Set<FiguresStamp>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        FiguresStamp.RenewIfFiguresChange(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        FiguresStamp.RenewIfFiguresChange(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ConductDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DayOfYear>().HaveConversion<DayOfYearConverter>().HaveMaxLength(5);
    }
}
