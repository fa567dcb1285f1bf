using CsvHelper;

namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>A CSV file as a school MIS exports it, read into a header and rows, each row with the line of the file it
/// starts on. UTF-8 with or without a byte order mark; comma or semicolon (detected, as is tab); quoted fields,
/// including line breaks inside quotes; blank lines and rows of empty fields are skipped; surrounding spaces trimmed.</summary>
public sealed class CsvTable
{
    private static readonly CsvReaderOptions Options = new()
    {
        HasHeader = true,
        TrackLineNumbers = true,
        TrimWhitespace = true,
        SkipEmptyLines = true,
        IncludeValuesInExceptions = false,
    };

    private CsvTable(IReadOnlyList<string> headers, IReadOnlyList<CsvLine> rows)
    {
        Headers = headers;
        Rows = rows;
    }

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyList<CsvLine> Rows { get; }

    public static CsvTable Read(byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        var start = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0;
        using var reader = CsvReader.Create(new ReadOnlyMemory<byte>(utf8, start, utf8.Length - start), Options);
        var headers = reader.Headers.Select(h => h.Trim()).ToList();
        var rows = new List<CsvLine>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            var blank = true;
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i).Trim();
                blank &= fields[i].Length == 0;
            }

            if (!blank)
            {
                rows.Add(new CsvLine((int)reader.LineNumber, fields));
            }
        }

        return new CsvTable(headers, rows);
    }
}
