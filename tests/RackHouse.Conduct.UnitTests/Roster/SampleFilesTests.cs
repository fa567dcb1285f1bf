using RackHouse.Conduct.Web.Features.Admin.People.Import;

namespace RackHouse.Conduct.UnitTests.Roster;

/// <summary>The sample files in docs/samples, which the office guide points to, import without a problem.</summary>
public sealed class SampleFilesTests
{
    [Fact]
    public void AdultsSample_EveryRow_IsReadWithoutProblems()
    {
        var file = AdultFileReader.Read(CsvTable.Read(File.ReadAllBytes(Sample("adults.csv"))));

        Assert.Empty(file.Problems);
        Assert.Equal(5, file.Rows.Count);
        Assert.Contains(file.Rows, row => row.FullName == "Isla O'Brien, Jr" && row.Employer.Value == "Teach Cover Ltd");
    }

    [Fact]
    public void PupilsSample_EveryRow_IsReadWithoutProblems()
    {
        var file = PupilFileReader.Read(CsvTable.Read(File.ReadAllBytes(Sample("pupils.csv"))));

        Assert.Empty(file.Problems);
        Assert.Equal(["A00123", "A00124", "A00125", "A00126"], file.Rows.Select(r => r.MisId));
    }

    private static string Sample(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "docs", "samples", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"docs/samples/{name} not found above {AppContext.BaseDirectory}.");
    }
}
