using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace RackHouse.Conduct.IntegrationTests.Policies;

/// <summary>An acknowledgement is always the signed-in adult's own: nobody can read another adult's receipt or
/// acknowledge on their behalf, whatever they post.</summary>
public sealed class OnBehalfTests(PolicyWebFactory factory) : IClassFixture<PolicyWebFactory>
{
    [Fact]
    public async Task Receipt_OfAnotherAdult_IsNotFound()
    {
        using var owner = await factory.SignedInAdultAsync("owner@behalf.example");
        using var other = await factory.SignedInAdultAsync("nosy@behalf.example");
        using var acknowledged = await PolicySteps.AcknowledgeAsync(owner, await factory.PolicyIdAsync(), PolicySteps.TeacherStatements);
        var receipt = acknowledged.Headers.Location!.OriginalString;

        using var theirs = await other.GetAsync(receipt);
        using var mine = await owner.GetAsync(receipt);

        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
    }

    [Fact]
    public async Task Acknowledge_PostingAnotherAdultsId_RecordsOnlyTheSignedInAdult()
    {
        await factory.CreateAdultAsync("absent@behalf.example");
        using var browser = await factory.SignedInAdultAsync("forger@behalf.example");
        var absentId = await factory.AdultIdAsync("absent@behalf.example");
        var absent = absentId.ToString(CultureInfo.InvariantCulture);
        var forgerId = await factory.AdultIdAsync("forger@behalf.example");

        using var response = await PolicySteps.AcknowledgeAsync(
            browser,
            await factory.PolicyIdAsync(),
            PolicySteps.TeacherStatements,
            new("AdultId", absent),
            new("Adult", absent),
            new("adult_id", absent),
            new("form.AdultId", absent));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var recorded = await factory.QueryAsync(db => db.Acknowledgements.AsNoTracking()
            .Where(a => a.AdultId == forgerId || a.AdultId == absentId)
            .Select(a => a.AdultId)
            .ToListAsync());
        Assert.Equal([forgerId], recorded);
    }
}
