using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Compliance;
using RackHouse.Conduct.Domain.Policies;

namespace RackHouse.Conduct.Web.Features.Governors;

/// <summary>The records the figures are computed from, read once for each version of the data.</summary>
/// <param name="Acknowledged">The highest version of the Social Media Policy each adult acknowledged in each academic
/// year, by (adult id, year's start).</param>
public sealed record SchoolRecords(
    DayOfYear AcademicYearStart,
    DayOfYear AcknowledgementDeadline,
    int NewStarterWorkingDays,
    IReadOnlyList<PublishedVersion> Versions,
    IReadOnlyList<AdultRecord> Adults,
    IReadOnlyDictionary<(int AdultId, int YearStart), int> Acknowledged)
{
    /// <summary>Every academic year since the policy was first published, latest first.</summary>
    public IReadOnlyList<AcademicYear> Years(DateOnly today)
    {
        var thisYear = AcademicYear.Containing(today, AcademicYearStart);
        var firstYear = Versions.Count == 0 ? thisYear : AcademicYear.Containing(Versions.Min(v => v.PublishedOn), AcademicYearStart);
        return Enumerable.Range(firstYear.StartYear, Math.Max(0, thisYear.StartYear - firstYear.StartYear) + 1)
            .Select(start => new AcademicYear(start, AcademicYearStart))
            .Reverse()
            .ToList();
    }

    /// <summary>Where the adults at the school on <paramref name="asAt"/> stood in <paramref name="year"/>'s round.</summary>
    public AcknowledgementFigures AcknowledgementsAsAt(AcademicYear year, DateOnly asAt)
    {
        var round = AcknowledgementRound.For(year, AcknowledgementDeadline, Versions.Where(v => v.PublishedOn <= asAt));
        return AcknowledgementFigures.From(round is null
            ? []
            : Adults.Where(a => a.StartDate <= asAt).Select(a => (a.Category, round.DueFor(
                a.StartDate, a.EndDate, NewStarterWorkingDays, Acknowledged.TryGetValue((a.Id, year.StartYear), out var version) ? version : null, asAt).Status)));
    }
}
