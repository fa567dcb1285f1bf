using System.Globalization;
using CsvHelper;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.Register;

/// <summary>The register as CSV for a spreadsheet, with a byte order mark so Excel reads names in UTF-8. A cell a
/// spreadsheet would run as a formula (starting with =, +, - or @) is escaped as text.</summary>
public static class RegisterCsv
{
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    public static byte[] Write(RegisterViewModel register)
    {
        ArgumentNullException.ThrowIfNull(register);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteRecord(["Name", "Email", "Category", "Job title", "Status", "Deadline", "Version acknowledged", "Acknowledged at"]);
            foreach (var row in register.Rows)
            {
                csv.WriteRecord(
                [
                    row.FullName,
                    row.Email,
                    row.Category.Describe(),
                    row.JobTitle ?? string.Empty,
                    RegisterStatus.Describe(row.Status),
                    row.Deadline is { } deadline ? UkTime.Date(deadline) : string.Empty,
                    row.AcknowledgedVersion?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                    row.AcknowledgedAtUtc is { } at ? UkTime.DateAndTime(at) : string.Empty,
                ]);
            }
        }

        return stream.ToArray();
    }
}
