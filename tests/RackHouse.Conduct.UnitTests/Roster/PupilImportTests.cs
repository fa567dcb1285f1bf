using System.Text;
using RackHouse.Conduct.Domain.Pupils;
using RackHouse.Conduct.Web.Features.Admin.People.Import;

namespace RackHouse.Conduct.UnitTests.Roster;

public sealed class PupilImportTests
{
    private static readonly DateOnly Today = new(2026, 10, 5);

    private static readonly (int, PupilDetails)[] OnRecord =
    [
        (1, new PupilDetails("Ava Jones", "Year 3", "A001", new DateOnly(2022, 9, 5), null)),
        (2, new PupilDetails("Ben Khan", "Year 4", "A002", new DateOnly(2021, 9, 6), null)),
        (3, new PupilDetails("Cara Hill", "Year 1", null, new DateOnly(2024, 9, 4), null)),
    ];

    [Fact]
    public void Plan_SimsStyleExport_AddsChangesAndOffersLeavers()
    {
        var plan = Plan("\"Adno\";\"Forename\";\"Surname\";\"Year\";\"Reg\";\"Date of Admission\"\n" +
                        "\"A001\";\"Ava\";\"Jones\";\"Year 4\";\"4J\";\"05/09/2022\"\n" +
                        "\"A003\";\"Dan\";\"Ng\";\"Reception\";\"RB\";\"2026-09-03\"\n");

        Assert.Equal([new FieldChange("Year group", "Year 3", "Year 4")], Assert.Single(plan.Changes).Fields);
        Assert.Equal(new PupilDetails("Dan Ng", "Reception", "A003", new DateOnly(2026, 9, 3), null), Assert.Single(plan.Additions).Details);
        Assert.Equal([2, 3], plan.Missing.Select(m => m.Id).Order());
    }

    [Theory]
    [InlineData("Adno,Name,Year\n,Ava Jones,Year 3\n", "The admission number is missing")]
    [InlineData("Adno,Name,Year\nA009,,Year 3\n", "The name is missing")]
    [InlineData("Adno,Name,Year\nA009,Ava Jones,\n", "The year group is missing")]
    [InlineData("Adno,Name,Year,Admission date\nA009,Ava Jones,Year 3,2026-13-01\n", "The admission date \"2026-13-01\" is not a date: use dd/mm/yyyy")]
    public void Read_BadRow_IsAProblem(string csv, string reason)
    {
        var file = PupilFileReader.Read(CsvTable.Read(Encoding.UTF8.GetBytes(csv)));

        Assert.Equal(reason, Assert.Single(file.Problems).Reason);
        Assert.Equal(2, file.Problems[0].Line);
    }

    [Fact]
    public void Read_DuplicateAdmissionNumber_SecondIsAProblem()
    {
        var file = PupilFileReader.Read(CsvTable.Read(Encoding.UTF8.GetBytes("UPN,Name,Year group\nA1,Ava Jones,Year 3\na1,Ava Jones,Year 3\n")));

        Assert.Single(file.Rows);
        Assert.Equal("Duplicate admission number: a1 is also on line 2", Assert.Single(file.Problems).Reason);
    }

    [Fact]
    public void Read_NoAdmissionNumberColumn_IsOneProblemAboutTheFile()
    {
        var file = PupilFileReader.Read(CsvTable.Read(Encoding.UTF8.GetBytes("Name,Year group\nAva Jones,Year 3\n")));

        Assert.Empty(file.Rows);
        Assert.Contains("the admission number", Assert.Single(file.Problems).Reason, StringComparison.Ordinal);
    }

    private static ImportPlan<PupilDetails> Plan(string csv) =>
        PupilImportPlanner.Plan(PupilFileReader.Read(CsvTable.Read(Encoding.UTF8.GetBytes(csv))), OnRecord, Today);
}
