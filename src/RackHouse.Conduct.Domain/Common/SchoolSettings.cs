namespace RackHouse.Conduct.Domain.Common;

/// <summary>The school's own details and the clocks the policy's procedures run on. One row per school.</summary>
public sealed class SchoolSettings
{
    public const int SingletonId = 1;

    public int Id { get; private set; } = SingletonId;

    public string SchoolName { get; set; } = "Rack House Primary School";

    public string HeadteacherName { get; set; } = string.Empty;

    public string SafeguardingLeadName { get; set; } = string.Empty;

    public string ChairOfGovernorsName { get; set; } = string.Empty;

    /// <summary>The Local Authority Designated Officer, shown to every reporter as an external route.</summary>
    public string LadoName { get; set; } = string.Empty;

    public string LadoPhone { get; set; } = string.Empty;

    public string LadoEmail { get; set; } = string.Empty;

    /// <summary>The academic year starts on this day (1 September by default).</summary>
    public DayOfYear AcademicYearStart { get; set; } = new(9, 1);

    /// <summary>Everyone acknowledges the current policy by this day of the academic year (30 September by default).</summary>
    public DayOfYear AcknowledgementDeadline { get; set; } = new(9, 30);

    public int NewStarterWorkingDays { get; set; } = 10;

    /// <summary>Working days to triage an urgent concern; 0 means the same working day.</summary>
    public int UrgentTriageWorkingDays { get; set; }

    public int TriageWorkingDays { get; set; } = 1;

    public int LadoContactWorkingDays { get; set; } = 1;

    /// <summary>Whether governors, not only the Headteacher, see the names and categories of the adults who are overdue
    /// with their acknowledgement on the dashboard. Off unless the school turns it on.</summary>
    public bool GovernorsSeeOverdueAdults { get; set; }

    /// <summary>Application-managed concurrency token: two people editing settings cannot overwrite each other.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public AcademicYear AcademicYearOf(DateOnly date) => AcademicYear.Containing(date, AcademicYearStart);
}
