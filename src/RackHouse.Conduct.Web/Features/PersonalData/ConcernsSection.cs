using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Web.Features.Concerns;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.PersonalData;

/// <summary>The concerns the adult reported and how far each has got, as their receipt shows it. Never a case file,
/// and never a concern about the adult.</summary>
public sealed class ConcernsSection(ConcernsService concerns) : IPersonalDataSection
{
    public string Title => "Concerns you reported";

    public async Task<PersonalDataTable> ReadAsync(int adultId, CancellationToken cancellationToken) =>
        new(
            ["Reference", "Category", "Reported at", "Status", "Closed at"],
            (await concerns.ReportedByAsync(adultId)).Select(c => (IReadOnlyList<string?>)
            [
                c.Reference,
                ConcernCategories.Describe(c.Category),
                UkTime.DateAndTime(c.SubmittedAtUtc),
                ConcernNames.Describe(c.Status),
                c.ClosedAtUtc is { } closed ? UkTime.DateAndTime(closed) : null,
            ]).ToList());
}
