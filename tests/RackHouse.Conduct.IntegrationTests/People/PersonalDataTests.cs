using System.Net;
using System.Text;
using System.Text.Json;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Policies;

namespace RackHouse.Conduct.IntegrationTests.People;

/// <summary>An adult downloads what the portal holds about them, as JSON and CSV, and only their own.</summary>
public sealed class PersonalDataTests
{
    [Fact]
    public async Task Json_AdultWhoAcknowledged_HasTheirProfileAndAcknowledgementOnly()
    {
        await using var factory = new PolicyWebFactory();
        using var adult = await factory.SignedInAdultAsync("mine@data.example", fullName: "Mina Mine", roles: [Roles.Governor]);
        using var other = await factory.SignedInAdultAsync("other@data.example", fullName: "Otto Other");
        var policyId = await factory.PolicyIdAsync();
        using (var acknowledged = await PolicySteps.AcknowledgeAsync(adult, policyId, PolicySteps.TeacherStatements))
        {
            Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        }

        using (var acknowledged = await PolicySteps.AcknowledgeAsync(other, policyId, PolicySteps.TeacherStatements))
        {
            Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        }

        using var response = await adult.GetAsync("/account/data/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var profile = Assert.Single(json.RootElement.GetProperty("Profile").EnumerateArray());
        Assert.Equal("Mina Mine", profile.GetProperty("Name").GetString());
        Assert.Equal("mine@data.example", profile.GetProperty("Email address").GetString());
        Assert.Equal("Adult, Governor", profile.GetProperty("Roles").GetString());
        var acknowledgement = Assert.Single(json.RootElement.GetProperty("Acknowledgements").EnumerateArray());
        Assert.Equal("1", acknowledgement.GetProperty("Version").GetString());
        Assert.Equal("2026/27", acknowledgement.GetProperty("Academic year").GetString());
        Assert.DoesNotContain("Otto", json.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_AdultWithADeclaration_HasTheirOwnDeclarationAndNoOneElses()
    {
        await using var factory = new PolicyWebFactory();
        var pupilId = await FamilyLinks.FamilyLinkSteps.AddPupilAsync(factory, "Poppy Pupil", "Year 3");
        var (adult, _, _) = await FamilyLinks.FamilyLinkSteps.AdultAsync(factory, "Mina Mine");
        var (other, _, _) = await FamilyLinks.FamilyLinkSteps.AdultAsync(factory, "Otto Other");
        await FamilyLinks.FamilyLinkSteps.DeclareAsync(adult, "Poppy Pupil", pupilId, relationship: "Grandparent", platforms: "Facebook");
        await FamilyLinks.FamilyLinkSteps.DeclareAsync(other, "Someone Else", null, relationship: "Carer", platforms: "WhatsApp");

        using var response = await adult.GetAsync("/account/data/json");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var declaration = Assert.Single(json.RootElement.GetProperty("Family link declarations").EnumerateArray());
        Assert.Equal("Poppy Pupil", declaration.GetProperty("Pupil").GetString());
        Assert.Equal("Year 3", declaration.GetProperty("Year group").GetString());
        Assert.Equal("Facebook", declaration.GetProperty("Platforms").GetString());
        Assert.Empty(json.RootElement.GetProperty("Official site proposals and permission requests").EnumerateArray());
        Assert.DoesNotContain("Someone Else", json.RootElement.GetRawText(), StringComparison.Ordinal);
        adult.Dispose();
        other.Dispose();
    }

    [Fact]
    public async Task Csv_Adult_IsOneRowPerValueWithAByteOrderMark()
    {
        await using var factory = new PolicyWebFactory();
        using var adult = await factory.SignedInAdultAsync("mine@data.example", fullName: "=Mina Mine");

        using var response = await adult.GetAsync("/account/data/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Section,Record,Field,Value", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("Profile,1,Name,", StringComparison.Ordinal) && line.Contains("'=Mina Mine", StringComparison.Ordinal));
        Assert.Contains("Profile,1,Email address,mine@data.example", lines);
    }

    [Fact]
    public async Task Page_Adult_ListsTheSectionsAndSaysCaseFilesAreNotIncluded()
    {
        await using var factory = new PolicyWebFactory();
        using var adult = await factory.SignedInAdultAsync("mine@data.example");

        var page = await adult.GetPageAsync("/account/data");

        Assert.Equal(
            ["Profile", "Acknowledgements", "Family link declarations", "Official site proposals and permission requests", "Concerns you reported"],
            page.QuerySelectorAll("main ul.govuk-list--bullet li").Select(li => li.TextContent.Trim()));
        Assert.Contains("subject access request", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
