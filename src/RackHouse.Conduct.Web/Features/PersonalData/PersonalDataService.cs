using System.Text.Json;
using CsvHelper;

namespace RackHouse.Conduct.Web.Features.PersonalData;

/// <summary>Everything the portal holds about the signed-in adult, from every registered section, as JSON (one object
/// per section, one object per record) or CSV (one row per value: section, record number, field, value).</summary>
public sealed class PersonalDataService(IEnumerable<IPersonalDataSection> sections, TimeProvider time)
{
    private static readonly CsvWriterOptions CsvOptions = new() { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    public IReadOnlyList<string> SectionTitles => sections.Select(s => s.Title).ToList();

    public async Task<byte[]> JsonAsync(int adultId, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        await using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("generatedAtUtc", time.GetUtcNow().UtcDateTime);
            foreach (var section in sections)
            {
                var table = await section.ReadAsync(adultId, cancellationToken);
                json.WriteStartArray(section.Title);
                foreach (var record in table.Records)
                {
                    json.WriteStartObject();
                    for (var i = 0; i < table.Fields.Count; i++)
                    {
                        json.WriteString(table.Fields[i], record[i]);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    public async Task<byte[]> CsvAsync(int adultId, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvOptions, leaveOpen: true))
        {
            csv.WriteRecord(["Section", "Record", "Field", "Value"]);
            foreach (var section in sections)
            {
                var table = await section.ReadAsync(adultId, cancellationToken);
                for (var record = 0; record < table.Records.Count; record++)
                {
                    for (var field = 0; field < table.Fields.Count; field++)
                    {
                        csv.WriteRecord([section.Title, (record + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), table.Fields[field], table.Records[record][field] ?? string.Empty]);
                    }
                }
            }
        }

        return stream.ToArray();
    }
}
