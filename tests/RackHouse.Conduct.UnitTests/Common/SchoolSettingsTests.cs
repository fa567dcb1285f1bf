using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.UnitTests.Common;

public sealed class SchoolSettingsTests
{
    [Fact]
    public void NewSettings_Defaults_FollowThePolicy()
    {
        var settings = new SchoolSettings();

        Assert.Equal(new DayOfYear(9, 1), settings.AcademicYearStart);
        Assert.Equal(new DayOfYear(9, 30), settings.AcknowledgementDeadline);
        Assert.Equal(10, settings.NewStarterWorkingDays);
        Assert.Equal(0, settings.UrgentTriageWorkingDays);
        Assert.Equal(1, settings.TriageWorkingDays);
        Assert.Equal(1, settings.LadoContactWorkingDays);
        Assert.Equal(SchoolSettings.SingletonId, settings.Id);
    }

    [Fact]
    public void AcademicYearOf_UsesTheSchoolsStartDay()
    {
        var settings = new SchoolSettings { AcademicYearStart = new DayOfYear(9, 3) };

        Assert.Equal(2025, settings.AcademicYearOf(new DateOnly(2026, 9, 2)).StartYear);
        Assert.Equal(2026, settings.AcademicYearOf(new DateOnly(2026, 9, 3)).StartYear);
    }
}
