namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>Reads a pupils file. Pupils are matched by admission number (or UPN), so every row needs one, once.</summary>
public static class PupilFileReader
{
    public static ImportedFile<PupilImportRow> Read(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var h = table.Headers;
        int fullName = ImportHeaders.Find(h, ImportHeaders.FullName), firstName = ImportHeaders.Find(h, ImportHeaders.FirstName), lastName = ImportHeaders.Find(h, ImportHeaders.LastName);
        int yearGroup = ImportHeaders.Find(h, ImportHeaders.YearGroup), misId = ImportHeaders.Find(h, ImportHeaders.MisId);
        int joined = ImportHeaders.Find(h, ImportHeaders.JoinedOn), left = ImportHeaders.Find(h, ImportHeaders.LeftOn);
        var missing = new List<string>();
        if (fullName < 0 && firstName < 0 && lastName < 0)
        {
            missing.Add("the name (Full name, or Forename and Surname)");
        }

        if (yearGroup < 0)
        {
            missing.Add("the year group (Year group)");
        }

        if (misId < 0)
        {
            missing.Add("the admission number (Admission number or UPN)");
        }

        if (missing.Count > 0)
        {
            return new([], [new ImportProblem(1, $"The file has no column for {string.Join(", ", missing)}. Check the first line names the columns")]);
        }

        var rows = new List<PupilImportRow>();
        var problems = new List<ImportProblem>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var id = row[misId];
            var name = FileValues.Name(row, fullName, firstName, lastName);
            string? Problem() =>
                name.Length == 0 ? "The name is missing"
                : name.Length > 200 ? "The name is longer than 200 characters"
                : id.Length == 0 ? "The admission number is missing"
                : id.Length > 50 ? "The admission number is longer than 50 characters"
                : seen.TryGetValue(id, out var firstLine) ? $"Duplicate admission number: {id} is also on line {firstLine}"
                : row[yearGroup].Length == 0 ? "The year group is missing"
                : row[yearGroup].Length > 50 ? "The year group is longer than 50 characters"
                : joined >= 0 && !FileValues.TryDate(row[joined], out _) ? $"The admission date \"{row[joined]}\" is not a date: use dd/mm/yyyy"
                : left >= 0 && !FileValues.TryDate(row[left], out _) ? $"The leaving date \"{row[left]}\" is not a date: use dd/mm/yyyy"
                : null;

            if (Problem() is { } reason)
            {
                problems.Add(new ImportProblem(row.Line, reason, id.Length > 0 ? id : null));
                continue;
            }

            seen[id] = row.Line;
            FileValues.TryDate(joined >= 0 ? row[joined] : string.Empty, out var joinedOn);
            FileValues.TryDate(left >= 0 ? row[left] : string.Empty, out var leftOn);
            rows.Add(new PupilImportRow(row.Line, name, row[yearGroup], id, joinedOn, left >= 0 ? new ColumnValue<DateOnly?>(true, leftOn) : default));
        }

        return new(rows, problems);
    }
}
