using System.Text;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Features.Admin.People.Import;

namespace RackHouse.Conduct.UnitTests.Roster;

public sealed class AdultImportPlannerTests
{
    private static readonly DateOnly Today = new(2026, 10, 5);

    private static readonly (int, AdultDetails)[] OnRecord =
    [
        (1, new AdultDetails("Amy Lee", "amy@school.example", AdultCategory.TeachingStaff, "Year 2 teacher", true, null, new DateOnly(2019, 9, 1), null)),
        (2, new AdultDetails("Ben Cole", "ben@school.example", AdultCategory.NonTeachingStaff, "Caretaker", false, null, new DateOnly(2015, 4, 1), null)),
        (3, new AdultDetails("Cal Dunn", "cal@school.example", AdultCategory.Volunteer, null, true, null, new DateOnly(2022, 1, 10), null)),
        (4, new AdultDetails("Dee Long-Gone", "dee@school.example", AdultCategory.TeachingStaff, null, true, null, new DateOnly(2010, 9, 1), new DateOnly(2025, 7, 22))),
    ];

    [Fact]
    public void Plan_NewChangedSameAndMissing_AreEachSorted()
    {
        var plan = Plan("Name,Email,Category,Job title\n" +
                        "Amy Lee,AMY@school.example,Teaching staff,Year 3 teacher\n" +
                        "Ben Cole,ben@school.example,Support staff,Caretaker\n" +
                        "Eve Stone,eve@school.example,Volunteer,Reader\n");

        var change = Assert.Single(plan.Changes);
        Assert.Equal(1, change.Id);
        Assert.Equal(2, change.Line);
        Assert.Equal([new FieldChange("Job title", "Year 2 teacher", "Year 3 teacher")], change.Fields);
        Assert.Equal("amy@school.example", change.Details.Email);
        var addition = Assert.Single(plan.Additions);
        Assert.Equal(new AdultDetails("Eve Stone", "eve@school.example", AdultCategory.Volunteer, "Reader", true, null, Today, null), addition.Details);
        Assert.Equal(1, plan.Unchanged);
        Assert.Equal([new ImportMissing(3, "Cal Dunn", "cal@school.example")], plan.Missing);
        Assert.Empty(plan.Problems);
    }

    [Fact]
    public void Plan_ColumnsNotInFile_KeepWhatIsOnRecord()
    {
        var plan = Plan("Name,Email,Category\nBen Cole,ben@school.example,Non-teaching staff\n");

        Assert.Empty(plan.Changes);
        Assert.Equal(1, plan.Unchanged);
    }

    [Fact]
    public void Plan_BlankInAColumnThatIsThere_ClearsTheValue()
    {
        var plan = Plan("Name,Email,Category,Job title\nBen Cole,ben@school.example,Non-teaching staff,\n");

        Assert.Equal([new FieldChange("Job title", "Caretaker", string.Empty)], Assert.Single(plan.Changes).Fields);
    }

    [Fact]
    public void Plan_LeaverBackInTheFileWithNoLeavingDate_ComesBack()
    {
        var plan = Plan("Name,Email,Category,Leaving date\nDee Long-Gone,dee@school.example,Teaching staff,\n");

        Assert.Equal([new FieldChange("Last day", "22/07/2025", string.Empty)], Assert.Single(plan.Changes).Fields);
    }

    [Fact]
    public void Plan_BadRowForSomeoneOnRecord_DoesNotOfferThemAsALeaver()
    {
        var plan = Plan("Name,Email,Category,Start date\nCal Dunn,cal@school.example,Volunteer,32/01/2022\n");

        Assert.Equal(2, Assert.Single(plan.Problems).Line);
        Assert.DoesNotContain(plan.Missing, m => m.Id == 3);
        Assert.Contains(plan.Missing, m => m.Id == 1);
    }

    [Fact]
    public void Plan_EndBeforeStart_IsAProblem()
    {
        var plan = Plan("Name,Email,Category,Start date,Leaving date\nEve Stone,eve@school.example,Volunteer,01/09/2026,31/08/2026\n");

        Assert.Empty(plan.Additions);
        Assert.Equal("The end date is before the start date", Assert.Single(plan.Problems).Reason);
    }

    [Fact]
    public void Plan_AlreadyLeftAndNotInFile_IsNotOfferedAgain()
    {
        var plan = Plan("Name,Email,Category\n");

        Assert.Equal([1, 2, 3], plan.Missing.Select(m => m.Id).Order());
    }

    private static ImportPlan<AdultDetails> Plan(string csv) =>
        AdultImportPlanner.Plan(AdultFileReader.Read(CsvTable.Read(Encoding.UTF8.GetBytes(csv))), OnRecord, Today);
}
