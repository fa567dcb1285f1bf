using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.Web.Features.Admin.Settings;

public sealed class ChangeSchoolSettingsForm
{
    public string? SchoolName { get; set; }

    public string? HeadteacherName { get; set; }

    public string? SafeguardingLeadName { get; set; }

    public string? ChairOfGovernorsName { get; set; }

    public string? LadoName { get; set; }

    public string? LadoPhone { get; set; }

    public string? LadoEmail { get; set; }

    public int? AcademicYearStartDay { get; set; }

    public int? AcademicYearStartMonth { get; set; }

    public int? DeadlineDay { get; set; }

    public int? DeadlineMonth { get; set; }

    public int? NewStarterWorkingDays { get; set; }

    public int? UrgentTriageWorkingDays { get; set; }

    public int? TriageWorkingDays { get; set; }

    public int? LadoContactWorkingDays { get; set; }

    public bool GovernorsSeeOverdueAdults { get; set; }

    public Guid Version { get; set; }

    public static ChangeSchoolSettingsForm From(SchoolSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new()
        {
            SchoolName = settings.SchoolName,
            HeadteacherName = settings.HeadteacherName,
            SafeguardingLeadName = settings.SafeguardingLeadName,
            ChairOfGovernorsName = settings.ChairOfGovernorsName,
            LadoName = settings.LadoName,
            LadoPhone = settings.LadoPhone,
            LadoEmail = settings.LadoEmail,
            AcademicYearStartDay = settings.AcademicYearStart.Day,
            AcademicYearStartMonth = settings.AcademicYearStart.Month,
            DeadlineDay = settings.AcknowledgementDeadline.Day,
            DeadlineMonth = settings.AcknowledgementDeadline.Month,
            NewStarterWorkingDays = settings.NewStarterWorkingDays,
            UrgentTriageWorkingDays = settings.UrgentTriageWorkingDays,
            TriageWorkingDays = settings.TriageWorkingDays,
            LadoContactWorkingDays = settings.LadoContactWorkingDays,
            GovernorsSeeOverdueAdults = settings.GovernorsSeeOverdueAdults,
            Version = settings.Version,
        };
    }

    /// <summary>Copies the validated form onto the settings.</summary>
    public void ApplyTo(SchoolSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.SchoolName = SchoolName!.Trim();
        settings.HeadteacherName = (HeadteacherName ?? string.Empty).Trim();
        settings.SafeguardingLeadName = (SafeguardingLeadName ?? string.Empty).Trim();
        settings.ChairOfGovernorsName = (ChairOfGovernorsName ?? string.Empty).Trim();
        settings.LadoName = (LadoName ?? string.Empty).Trim();
        settings.LadoPhone = (LadoPhone ?? string.Empty).Trim();
        settings.LadoEmail = (LadoEmail ?? string.Empty).Trim();
        settings.AcademicYearStart = new DayOfYear(AcademicYearStartMonth!.Value, AcademicYearStartDay!.Value);
        settings.AcknowledgementDeadline = new DayOfYear(DeadlineMonth!.Value, DeadlineDay!.Value);
        settings.NewStarterWorkingDays = NewStarterWorkingDays!.Value;
        settings.UrgentTriageWorkingDays = UrgentTriageWorkingDays!.Value;
        settings.TriageWorkingDays = TriageWorkingDays!.Value;
        settings.LadoContactWorkingDays = LadoContactWorkingDays!.Value;
        settings.GovernorsSeeOverdueAdults = GovernorsSeeOverdueAdults;
        settings.Version = Guid.NewGuid();
    }
}
