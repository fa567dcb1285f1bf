using System.Collections.Concurrent;
using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Compliance;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Web.Features.Declarations;

namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>The records the figures are computed from, read once for each version of the data.</summary>
/// <param name="Stamp">The figures stamp the records were read under.</param>
/// <param name="Versions">The Social Media Policy's published versions.</param>
/// <param name="Acknowledged">The highest version of the Social Media Policy each adult acknowledged in each academic
/// year, by (adult id, year's start).</param>
/// <param name="PublishedVersions">Every policy's published versions.</param>
/// <param name="Settings">The school's settings as they were read with the records (a change renews the stamp).</param>
/// <param name="Declarations">Every family link declaration's steps by day.</param>
/// <param name="Concerns">Every concern's steps by day.</param>
public sealed record SchoolRecords(
    Guid Stamp,
    SchoolSettings Settings,
    IReadOnlyList<PublishedVersion> Versions,
    IReadOnlyList<AdultRecord> Adults,
    IReadOnlyDictionary<(int AdultId, int YearStart), int> Acknowledged,
    IReadOnlyList<PolicyInForce> PublishedVersions,
    IReadOnlyList<DeclarationTimeline> Declarations,
    IReadOnlyList<ConcernTimeline> Concerns)
{
    /// <summary>The dashboards computed from these records, by day, period and the Headteachers whose concerns are
    /// left out (none, or their adult ids in order); they go when the records do.</summary>
    private readonly ConcurrentDictionary<(AcademicYear Year, DateOnly AsAt), AcknowledgementFigures> acknowledgements = new();

    public ConcurrentDictionary<(DateOnly Today, ReportingPeriod Period, string LeftOut), DashboardViewModel> Dashboards { get; } = new();

    /// <param name="leavingOut">The adult ids of the Headteachers whose concerns count nowhere.</param>
    public ConcernFigures ConcernsAsAt(ReportingPeriod period, DateOnly asAt, IReadOnlyCollection<int> leavingOut) =>
        ConcernFigures.From(Concerns.Where(c => !c.IsAboutAHeadteacher(leavingOut)), period, asAt, Settings);

    public FamilyLinkFigures FamilyLinksAsAt(ReportingPeriod period, DateOnly asAt) =>
        FamilyLinkFigures.From(Declarations, period, asAt, DecisionNames.Describe);

    /// <summary>The latest version of each policy published by <paramref name="asAt"/>.</summary>
    public IReadOnlyList<PolicyInForce> InForce(DateOnly asAt) =>
        PublishedVersions.Where(v => v.PublishedOn <= asAt)
            .GroupBy(v => v.PolicyId)
            .Select(versions => versions.MaxBy(v => v.Number)!)
            .OrderBy(v => v.Title)
            .ToList();

    /// <summary>Every academic year since the policy was first published, latest first.</summary>
    public IReadOnlyList<AcademicYear> Years(DateOnly today)
    {
        var thisYear = AcademicYear.Containing(today, Settings.AcademicYearStart);
        var firstYear = Versions.Count == 0 ? thisYear : AcademicYear.Containing(Versions.Min(v => v.PublishedOn), Settings.AcademicYearStart);
        return Enumerable.Range(firstYear.StartYear, Math.Max(0, thisYear.StartYear - firstYear.StartYear) + 1)
            .Select(start => new AcademicYear(start, Settings.AcademicYearStart))
            .Reverse()
            .ToList();
    }

    /// <summary>Worked out once per year and day from these records: every dashboard shows each past year's rate, and
    /// making a year's table safe is the costliest part of a dashboard.</summary>
    public AcknowledgementFigures AcknowledgementsAsAt(AcademicYear year, DateOnly asAt) =>
        acknowledgements.GetOrAdd((year, asAt), key => AcknowledgementFigures.From(Standings(key.Year, key.AsAt).Select(s => (s.Adult.Category, s.Status))));

    public IReadOnlyList<int> OverdueAsAt(AcademicYear year, DateOnly asAt) =>
        Standings(year, asAt).Where(s => s.Status == AcknowledgementStatus.Overdue).Select(s => s.Adult.Id).ToList();

    /// <summary>Where the adults at the school on <paramref name="asAt"/> stood in <paramref name="year"/>'s round.</summary>
    private IEnumerable<(AdultRecord Adult, AcknowledgementStatus Status)> Standings(AcademicYear year, DateOnly asAt)
    {
        var round = AcknowledgementRound.For(year, Settings.AcknowledgementDeadline, Versions.Where(v => v.PublishedOn <= asAt));
        return round is null
            ? []
            : Adults.Where(a => a.StartDate <= asAt).Select(a => (a, round.DueFor(
                a.StartDate, a.EndDate, Settings.NewStarterWorkingDays, Acknowledged.TryGetValue((a.Id, year.StartYear), out var version) ? version : null, asAt).Status));
    }
}
