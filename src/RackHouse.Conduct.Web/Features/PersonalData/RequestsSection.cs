using RackHouse.Conduct.Web.Features.Declarations;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.PersonalData;

/// <summary>The official sites the adult proposed and the permissions they asked for, with each decision's status.</summary>
public sealed class RequestsSection(FamilyLinksService familyLinks) : IPersonalDataSection
{
    public string Title => "Official site proposals and permission requests";

    public async Task<PersonalDataTable> ReadAsync(int adultId, CancellationToken cancellationToken)
    {
        var records = await familyLinks.OwnRecordsAsync(adultId);
        var sites = records.SiteRequests.Select(r => (IReadOnlyList<string?>)
            ["Official site", $"{r.Platform}: {r.Address}", null, null, DecisionNames.Describe(r.Status), UkTime.DateAndTime(r.SubmittedAtUtc), UkTime.DateAndTime(r.LastChangedAtUtc)]);
        var permissions = records.PermissionRequests.Select(r => (IReadOnlyList<string?>)
            ["Permission", r.What, r.WithWhom, r.HowLong, DecisionNames.Describe(r.Status), UkTime.DateAndTime(r.SubmittedAtUtc), UkTime.DateAndTime(r.LastChangedAtUtc)]);
        return new PersonalDataTable(
            ["Kind", "What", "With whom", "For how long", "Status", "Asked at", "Last changed at"],
            sites.Concat(permissions).ToList());
    }
}
