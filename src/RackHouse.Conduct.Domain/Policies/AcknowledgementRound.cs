using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.Domain.Policies;

/// <summary>What the school asks of everyone for one policy in one academic year: an acknowledgement of at least
/// <see cref="MinimumVersion"/>, by <see cref="Deadline"/> [Roles and responsibilities: ensure all adults are
/// familiar with this policy].</summary>
public sealed record AcknowledgementRound(AcademicYear Year, int CurrentVersion, int MinimumVersion, DateOnly Deadline)
{
    /// <summary>Null when the policy has no published version yet, so nothing is owed.</summary>
    public static AcknowledgementRound? For(AcademicYear year, DayOfYear yearlyDeadline, IEnumerable<PublishedVersion> published)
    {
        ArgumentNullException.ThrowIfNull(published);
        var versions = published.ToList();
        if (versions.Count == 0)
        {
            return null;
        }

        var deadline = YearlyDeadline(year, yearlyDeadline);
        var reopening = versions.Where(v => v.RequiresReacknowledgement).MaxBy(v => v.Number);
        if (reopening is { ReacknowledgeBy: { } by } && year.Contains(reopening.PublishedOn))
        {
            // The Headteacher chose this date when publishing, and everyone was emailed it.
            deadline = by;
        }

        return new AcknowledgementRound(year, versions.Max(v => v.Number), reopening?.Number ?? 0, deadline);
    }

    /// <summary>The yearly deadline falls within the academic year: 30 September 2026 for 2026 to 2027.</summary>
    public static DateOnly YearlyDeadline(AcademicYear year, DayOfYear deadline)
    {
        var date = deadline.InYear(year.StartYear);
        return date < year.FirstDay ? deadline.InYear(year.StartYear + 1) : date;
    }

    /// <summary>Where one adult stands in this round.</summary>
    /// <param name="acknowledgedVersion">The highest version the adult acknowledged in this academic year, if any.</param>
    public AcknowledgementDue DueFor(DateOnly startDate, DateOnly? endDate, int newStarterWorkingDays, int? acknowledgedVersion, DateOnly today)
    {
        if (endDate is { } end && end < today)
        {
            return new AcknowledgementDue(AcknowledgementStatus.Left, null);
        }

        var deadline = Deadline;
        var newStarter = false;
        if (startDate >= Year.FirstDay)
        {
            var ownDeadline = WorkingDays.Add(startDate, newStarterWorkingDays);
            if (ownDeadline > deadline)
            {
                deadline = ownDeadline;
                newStarter = true;
            }
        }

        var status = acknowledgedVersion >= MinimumVersion ? AcknowledgementStatus.Acknowledged
            : today > deadline ? AcknowledgementStatus.Overdue
            : newStarter ? AcknowledgementStatus.NewStarterDue
            : AcknowledgementStatus.Outstanding;
        return new AcknowledgementDue(status, deadline);
    }
}
