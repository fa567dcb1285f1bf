using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Web.Features.Admin.Settings;

namespace RackHouse.Conduct.UnitTests.Settings;

public sealed class ChangeSchoolSettingsFormTests
{
    [Fact]
    public void ApplyTo_ValidatedForm_TrimsNamesSetsDatesAndGivesANewVersion()
    {
        var settings = new SchoolSettings();
        var versionBefore = settings.Version;
        var form = ChangeSchoolSettingsForm.From(settings);
        form.SchoolName = "  Rack House Primary  ";
        form.HeadteacherName = " Ruth Okafor ";
        form.LadoEmail = null;
        form.AcademicYearStartDay = 3;
        form.DeadlineDay = 15;
        form.DeadlineMonth = 10;
        form.NewStarterWorkingDays = 5;

        form.ApplyTo(settings);

        Assert.Equal("Rack House Primary", settings.SchoolName);
        Assert.Equal("Ruth Okafor", settings.HeadteacherName);
        Assert.Equal(string.Empty, settings.LadoEmail);
        Assert.Equal(new DayOfYear(9, 3), settings.AcademicYearStart);
        Assert.Equal(new DayOfYear(10, 15), settings.AcknowledgementDeadline);
        Assert.Equal(5, settings.NewStarterWorkingDays);
        Assert.NotEqual(versionBefore, settings.Version);
    }

    [Fact]
    public void From_Settings_CopiesTheConcurrencyVersion()
    {
        var settings = new SchoolSettings();

        Assert.Equal(settings.Version, ChangeSchoolSettingsForm.From(settings).Version);
    }
}
