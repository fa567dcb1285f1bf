using System.Text.Json;
using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.IntegrationTests.Concerns;

/// <summary>An adult's data download lists the concerns they reported with their status, and nothing of a concern
/// reported about them.</summary>
public sealed class PersonalDataConcernsTests
{
    [Fact]
    public async Task Json_ReporterAndSubject_ReporterSeesTheirReportAndTheSubjectNothing()
    {
        await using var factory = new ConcernWebFactory();
        using var reporter = await factory.SignedInAdultAsync("reporter@data.example", "Rita Reporter");
        using var subject = await factory.SignedInAdultAsync("subject@data.example", "Sam Subject");
        var subjectId = await factory.QueryAsync(db => Task.FromResult(db.Adults.Single(a => a.Email == "subject@data.example").Id));

        var reference = await ConcernSteps.ReportAsync(reporter, ConcernCategory.InappropriateContent, subjectId);

        using var mine = JsonDocument.Parse(await (await reporter.GetAsync("/account/data/json")).Content.ReadAsStringAsync());
        using var theirs = JsonDocument.Parse(await (await subject.GetAsync("/account/data/json")).Content.ReadAsStringAsync());
        var reported = Assert.Single(mine.RootElement.GetProperty("Concerns you reported").EnumerateArray());
        Assert.Equal(reference, reported.GetProperty("Reference").GetString());
        Assert.Equal("Received", reported.GetProperty("Status").GetString());
        Assert.Empty(theirs.RootElement.GetProperty("Concerns you reported").EnumerateArray());
        Assert.DoesNotContain(reference, theirs.RootElement.GetRawText(), StringComparison.Ordinal);
    }
}
