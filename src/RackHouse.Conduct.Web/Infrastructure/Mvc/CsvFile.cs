using CsvHelper;

namespace RackHouse.Conduct.Web.Infrastructure.Mvc;

/// <summary>A table as CSV for a spreadsheet, with a byte order mark so Excel reads it as UTF-8. A cell a spreadsheet
/// would run as a formula (starting with =, +, - or @) is escaped as text.</summary>
public static class CsvFile
{
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    public static byte[] Write(string[] header, IEnumerable<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteRecord(header);
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
            }
        }

        return stream.ToArray();
    }
}
