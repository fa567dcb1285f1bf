using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.PersonalData;

/// <summary>Every acknowledgement the adult has made, with the statements as they were shown.</summary>
public sealed class AcknowledgementsSection(ConductDbContext db) : IPersonalDataSection
{
    public string Title => "Acknowledgements";

    public async Task<PersonalDataTable> ReadAsync(int adultId, CancellationToken cancellationToken)
    {
        var rows = await db.Acknowledgements.AsNoTracking()
            .Where(a => a.AdultId == adultId)
            .Join(db.PolicyVersions, a => a.PolicyVersionId, v => v.Id, (a, v) => new { a.AcknowledgedAtUtc, a.AcademicYearStart, a.Statements, a.TextSha256, v.Number, v.Policy.Title })
            .OrderBy(a => a.AcknowledgedAtUtc)
            .ToListAsync(cancellationToken);
        return new PersonalDataTable(
            ["Policy", "Version", "Academic year", "Acknowledged at", "Statements", "SHA-256 of the text shown"],
            rows.Select(r => (IReadOnlyList<string?>)
            [
                r.Title,
                r.Number.ToString(CultureInfo.InvariantCulture),
                $"{r.AcademicYearStart}/{(r.AcademicYearStart + 1) % 100:00}",
                UkTime.DateAndTime(r.AcknowledgedAtUtc),
                r.Statements,
                r.TextSha256,
            ]).ToList());
    }
}
