using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>Reads an adults file: every row becomes an <see cref="AdultImportRow"/> or a problem with its line. Email
/// addresses are unique in the file: a later row with the same address (any case) is a problem.</summary>
public static class AdultFileReader
{
    /// <summary>Every way of writing a category, by its letters in lower case: the enum's names, their descriptions,
    /// and the words MIS exports use.</summary>
    private static readonly Dictionary<string, AdultCategory> CategoryWords = new(StringComparer.Ordinal)
    {
        ["teacher"] = AdultCategory.TeachingStaff,
        ["teaching"] = AdultCategory.TeachingStaff,
        ["support"] = AdultCategory.NonTeachingStaff,
        ["supportstaff"] = AdultCategory.NonTeachingStaff,
        ["nonteaching"] = AdultCategory.NonTeachingStaff,
        ["teachingassistant"] = AdultCategory.NonTeachingStaff,
        ["agency"] = AdultCategory.AgencyStaff,
        ["supply"] = AdultCategory.AgencyStaff,
        ["contractor"] = AdultCategory.SelfEmployed,
        ["consultant"] = AdultCategory.ExternalConsultant,
        ["trainee"] = AdultCategory.OtherTrainee,
        ["studentteacher"] = AdultCategory.TraineeTeacher,
    };

    public static ImportedFile<AdultImportRow> Read(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var h = table.Headers;
        int fullName = ImportHeaders.Find(h, ImportHeaders.FullName), firstName = ImportHeaders.Find(h, ImportHeaders.FirstName), lastName = ImportHeaders.Find(h, ImportHeaders.LastName);
        int email = ImportHeaders.Find(h, ImportHeaders.Email), category = ImportHeaders.Find(h, ImportHeaders.Category);
        int jobTitle = ImportHeaders.Find(h, ImportHeaders.JobTitle), children = ImportHeaders.Find(h, ImportHeaders.WorksDirectlyWithChildren);
        int employer = ImportHeaders.Find(h, ImportHeaders.Employer), start = ImportHeaders.Find(h, ImportHeaders.StartDate), end = ImportHeaders.Find(h, ImportHeaders.EndDate);

        var missing = new List<string>();
        if (fullName < 0 && firstName < 0 && lastName < 0)
        {
            missing.Add("the name (Full name, or First name and Surname)");
        }

        if (email < 0)
        {
            missing.Add("the email address (Email)");
        }

        if (category < 0)
        {
            missing.Add("the category (Category)");
        }

        if (missing.Count > 0)
        {
            return new([], [new ImportProblem(1, $"The file has no column for {string.Join(", ", missing)}. Check the first line names the columns")]);
        }

        var rows = new List<AdultImportRow>();
        var problems = new List<ImportProblem>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var address = row[email];
            var key = address.Length > 0 ? address : null;
            string? Problem()
            {
                if (FileValues.Name(row, fullName, firstName, lastName).Length == 0)
                {
                    return "The name is missing";
                }

                if (address.Length == 0)
                {
                    return "The email address is missing";
                }

                if (!EmailAddressText.IsValid(address) || address.Length > 256)
                {
                    return $"The email address \"{address}\" is not a valid email address";
                }

                if (seen.TryGetValue(address, out var firstLine))
                {
                    return $"Duplicate email address: {address} is also on line {firstLine}";
                }

                if (row[category].Length == 0)
                {
                    return "The category is missing";
                }

                if (!TryCategory(row[category], out _))
                {
                    return $"Unknown category \"{row[category]}\": use one of {string.Join(", ", Enum.GetValues<AdultCategory>().Select(c => c.Describe()))}";
                }

                if (children >= 0 && row[children].Length > 0 && FileValues.YesNo(row[children]) is null)
                {
                    return $"Works directly with children is \"{row[children]}\": use yes or no";
                }

                if (start >= 0 && !FileValues.TryDate(row[start], out _))
                {
                    return $"The start date \"{row[start]}\" is not a date: use dd/mm/yyyy";
                }

                if (end >= 0 && !FileValues.TryDate(row[end], out _))
                {
                    return $"The end date \"{row[end]}\" is not a date: use dd/mm/yyyy";
                }

                return FileValues.Name(row, fullName, firstName, lastName).Length > 200 ? "The name is longer than 200 characters" : null;
            }

            if (Problem() is { } reason)
            {
                problems.Add(new ImportProblem(row.Line, reason, key));
                continue;
            }

            seen[address] = row.Line;
            TryCategory(row[category], out var parsedCategory);
            FileValues.TryDate(start >= 0 ? row[start] : string.Empty, out var startDate);
            FileValues.TryDate(end >= 0 ? row[end] : string.Empty, out var endDate);
            rows.Add(new AdultImportRow(
                row.Line,
                FileValues.Name(row, fullName, firstName, lastName),
                address,
                parsedCategory,
                jobTitle >= 0 ? new ColumnValue<string?>(true, Text(row[jobTitle])) : default,
                children >= 0 && row[children].Length > 0 ? new ColumnValue<bool>(true, FileValues.YesNo(row[children])!.Value) : default,
                employer >= 0 ? new ColumnValue<string?>(true, Text(row[employer])) : default,
                startDate,
                end >= 0 ? new ColumnValue<DateOnly?>(true, endDate) : default));
        }

        return new(rows, problems);
    }

    static AdultFileReader()
    {
        foreach (var category in Enum.GetValues<AdultCategory>())
        {
            CategoryWords[Letters(category.ToString())] = category;
            CategoryWords[Letters(category.Describe())] = category;
        }
    }

    public static bool TryCategory(string text, out AdultCategory category) => CategoryWords.TryGetValue(Letters(text), out category);

    private static string Letters(string? text) => new((text ?? string.Empty).Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());

    private static string? Text(string text) => text.Length == 0 ? null : text;
}
