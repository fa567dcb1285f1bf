using RackHouse.Conduct.Domain.Declarations;
using RackHouse.Conduct.Web.Features.Declarations;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.PersonalData;

/// <summary>The family links the adult declared, with what they wrote and where each stands.</summary>
public sealed class FamilyLinksSection(FamilyLinksService familyLinks) : IPersonalDataSection
{
    public string Title => "Family link declarations";

    public async Task<PersonalDataTable> ReadAsync(int adultId, CancellationToken cancellationToken)
    {
        var records = await familyLinks.OwnRecordsAsync(adultId);
        return new PersonalDataTable(
            ["Pupil", "Year group", "Relationship", "In contact on social media", "Platforms", "Details", "Status", "Declared at", "Last changed at"],
            records.Declarations.Select(d => (IReadOnlyList<string?>)
            [
                d.PupilName,
                d.YearGroup,
                d.Relationship.Describe(),
                d.InSocialMediaContact ? "Yes" : "No",
                d.Platforms,
                d.Details,
                DecisionNames.Describe(d.Status),
                UkTime.DateAndTime(d.SubmittedAtUtc),
                UkTime.DateAndTime(d.LastChangedAtUtc),
            ]).ToList());
    }
}
