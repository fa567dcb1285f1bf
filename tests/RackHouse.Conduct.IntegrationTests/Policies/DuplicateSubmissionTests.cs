using System.Net;
using Microsoft.EntityFrameworkCore;

namespace RackHouse.Conduct.IntegrationTests.Policies;

/// <summary>A form posted twice, or many times at once, leaves exactly one acknowledgement (the database's unique
/// index decides), and every submission is shown the same receipt.</summary>
public sealed class DuplicateSubmissionTests(PolicyWebFactory factory) : IClassFixture<PolicyWebFactory>
{
    [Fact]
    public async Task Acknowledge_SameFormPostedTwice_LeavesOneAcknowledgement()
    {
        using var browser = await factory.SignedInAdultAsync("twice@duplicate.example");
        var policyId = await factory.PolicyIdAsync();
        var page = await browser.GetPageAsync($"/policies/{policyId}");

        using var first = await PolicySteps.SubmitAcknowledgementAsync(browser, page, policyId, PolicySteps.TeacherStatements);
        using var second = await PolicySteps.SubmitAcknowledgementAsync(browser, page, policyId, PolicySteps.TeacherStatements);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var ids = await AcknowledgementIdsAsync("twice@duplicate.example");
        Assert.Equal($"/policies/acknowledgements/{Assert.Single(ids)}", first.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Acknowledge_TenPostsAtOnce_LeaveOneAcknowledgementAndTheSameReceipt()
    {
        using var browser = await factory.SignedInAdultAsync("parallel@duplicate.example");
        var policyId = await factory.PolicyIdAsync();
        var page = await browser.GetPageAsync($"/policies/{policyId}");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            Task.Run(() => PolicySteps.SubmitAcknowledgementAsync(browser, page, policyId, PolicySteps.TeacherStatements))));
        try
        {
            var ids = await AcknowledgementIdsAsync("parallel@duplicate.example");
            var receipt = $"/policies/acknowledgements/{Assert.Single(ids)}";
            Assert.All(responses, response =>
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal(receipt, response.Headers.Location?.OriginalString);
            });
            using var shown = await browser.GetAsync(receipt);
            Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    private async Task<List<long>> AcknowledgementIdsAsync(string email)
    {
        var adultId = await factory.AdultIdAsync(email);
        return await factory.QueryAsync(db => db.Acknowledgements.Where(a => a.AdultId == adultId).Select(a => a.Id).ToListAsync());
    }
}
