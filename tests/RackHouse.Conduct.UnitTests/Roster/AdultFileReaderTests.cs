using System.Text;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Features.Admin.People.Import;

namespace RackHouse.Conduct.UnitTests.Roster;

public sealed class AdultFileReaderTests
{
    [Fact]
    public void Read_MisHeadersWithForenameAndSurname_ReadsEveryField()
    {
        var file = Read("Legal Forename;Legal Surname;Work Email;Staff Type;Post;Regulated activity;Agency;Employment Start Date;Leaving Date;Payroll number\n" +
                        "Amy;Lee;amy@school.example;Supply;Cover teacher;Y;Teach Co;2024-09-02;23/07/2027;P123\n");

        var row = Assert.Single(file.Rows);
        Assert.Empty(file.Problems);
        Assert.Equal("Amy Lee", row.FullName);
        Assert.Equal("amy@school.example", row.Email);
        Assert.Equal(AdultCategory.AgencyStaff, row.Category);
        Assert.Equal(new ColumnValue<string?>(true, "Cover teacher"), row.JobTitle);
        Assert.Equal(new ColumnValue<bool>(true, true), row.WorksDirectlyWithChildren);
        Assert.Equal(new ColumnValue<string?>(true, "Teach Co"), row.Employer);
        Assert.Equal(new DateOnly(2024, 9, 2), row.StartDate);
        Assert.Equal(new ColumnValue<DateOnly?>(true, new DateOnly(2027, 7, 23)), row.EndDate);
    }

    [Fact]
    public void Read_OptionalColumnsAbsent_AreMarkedNotInFile()
    {
        var row = Assert.Single(Read("Name,Email,Category\nAmy Lee,amy@school.example,Teaching staff\n").Rows);

        Assert.False(row.JobTitle.InFile);
        Assert.False(row.Employer.InFile);
        Assert.False(row.EndDate.InFile);
        Assert.Null(row.StartDate);
    }

    [Theory]
    [InlineData("Name,Email,Category\n,amy@school.example,Teacher\n", "The name is missing")]
    [InlineData("Name,Email,Category\nAmy Lee,,Teacher\n", "The email address is missing")]
    [InlineData("Name,Email,Category\nAmy Lee,amy at school,Teacher\n", "The email address \"amy at school\" is not a valid email address")]
    [InlineData("Name,Email,Category\nAmy Lee,amy@school.example,Dinner lady\n", "Unknown category \"Dinner lady\": use one of Teaching staff, Non-teaching staff, Self-employed, Trainee teacher, Other trainee, Apprentice, Agency staff, External consultant, Volunteer, Governor")]
    [InlineData("Name,Email,Category\nAmy Lee,amy@school.example,\n", "The category is missing")]
    [InlineData("Name,Email,Category,Start date\nAmy Lee,amy@school.example,Teacher,31/02/2024\n", "The start date \"31/02/2024\" is not a date: use dd/mm/yyyy")]
    [InlineData("Name,Email,Category,Start date\nAmy Lee,amy@school.example,Teacher,09/13/2024\n", "The start date \"09/13/2024\" is not a date: use dd/mm/yyyy")]
    [InlineData("Name,Email,Category,Leaving date\nAmy Lee,amy@school.example,Teacher,soon\n", "The end date \"soon\" is not a date: use dd/mm/yyyy")]
    [InlineData("Name,Email,Category,Works with children\nAmy Lee,amy@school.example,Teacher,sometimes\n", "Works directly with children is \"sometimes\": use yes or no")]
    public void Read_BadRow_IsAProblemWithItsLineAndReason(string csv, string reason)
    {
        var file = Read(csv);

        Assert.Empty(file.Rows);
        Assert.Equal(new ImportProblem(2, reason, file.Problems[0].Key), Assert.Single(file.Problems));
    }

    [Fact]
    public void Read_DuplicateEmailInAnyCase_SecondIsAProblemNamingTheFirstLine()
    {
        var file = Read("Name,Email,Category\nAmy Lee,amy@school.example,Teacher\n\nAmy Leigh,AMY@School.example,Teacher\n");

        Assert.Equal("Amy Lee", Assert.Single(file.Rows).FullName);
        Assert.Equal(new ImportProblem(4, "Duplicate email address: AMY@School.example is also on line 2", "AMY@School.example"), Assert.Single(file.Problems));
    }

    [Fact]
    public void Read_NoEmailColumn_IsOneProblemAboutTheFile()
    {
        var file = Read("Name,Category\nAmy Lee,Teacher\nBen Cole,Teacher\n");

        Assert.Empty(file.Rows);
        Assert.Equal(1, Assert.Single(file.Problems).Line);
        Assert.Contains("the email address (Email)", file.Problems[0].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Teaching staff", AdultCategory.TeachingStaff)]
    [InlineData("TeachingStaff", AdultCategory.TeachingStaff)]
    [InlineData("Teacher", AdultCategory.TeachingStaff)]
    [InlineData("Support Staff", AdultCategory.NonTeachingStaff)]
    [InlineData("Non-teaching", AdultCategory.NonTeachingStaff)]
    [InlineData("AGENCY", AdultCategory.AgencyStaff)]
    [InlineData("Contractor", AdultCategory.SelfEmployed)]
    [InlineData("Student teacher", AdultCategory.TraineeTeacher)]
    [InlineData("volunteer", AdultCategory.Volunteer)]
    public void TryCategory_WordsMisExportsUse_AreUnderstood(string text, AdultCategory expected)
    {
        Assert.True(AdultFileReader.TryCategory(text, out var category));
        Assert.Equal(expected, category);
    }

    private static ImportedFile<AdultImportRow> Read(string csv) => AdultFileReader.Read(CsvTable.Read(Encoding.UTF8.GetBytes(csv)));
}
