using System.Globalization;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.Register;

/// <summary>The register as CSV for a spreadsheet.</summary>
public static class RegisterCsv
{
    public static byte[] Write(RegisterViewModel register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return CsvFile.Write(
            ["Name", "Email", "Category", "Job title", "Status", "Deadline", "Version acknowledged", "Acknowledged at"],
            register.Rows.Select(row => new[]
            {
                row.FullName,
                row.Email,
                row.Category.Describe(),
                row.JobTitle ?? string.Empty,
                RegisterStatus.Describe(row.Status),
                row.Deadline is { } deadline ? UkTime.Date(deadline) : string.Empty,
                row.AcknowledgedVersion?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                row.AcknowledgedAtUtc is { } at ? UkTime.DateAndTime(at) : string.Empty,
            }));
    }
}
