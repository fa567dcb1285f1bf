using RackHouse.Conduct.Domain.Pupils;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>Compares a pupils file with the pupils on record, matched by admission number (any case). Pupils on
/// record without an admission number cannot be matched, so they are offered as leavers when on roll.</summary>
public static class PupilImportPlanner
{
    public static ImportPlan<PupilDetails> Plan(ImportedFile<PupilImportRow> file, IReadOnlyList<(int Id, PupilDetails Details)> existing, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(existing);
        var byId = new Dictionary<string, (int Id, PupilDetails Details)>(StringComparer.OrdinalIgnoreCase);
        foreach (var pupil in existing.Where(p => p.Details.MisId is not null))
        {
            byId.TryAdd(pupil.Details.MisId!, pupil);
        }

        var additions = new List<ImportAddition<PupilDetails>>();
        var changes = new List<ImportChange<PupilDetails>>();
        var problems = file.Problems.ToList();
        var matched = new HashSet<int>();
        var unchanged = 0;
        foreach (var row in file.Rows)
        {
            var found = byId.TryGetValue(row.MisId, out var current);
            var wanted = found
                ? new PupilDetails(row.FullName, row.YearGroup, current.Details.MisId, row.JoinedOn ?? current.Details.JoinedOn, row.LeftOn.Or(current.Details.LeftOn))
                : new PupilDetails(row.FullName, row.YearGroup, row.MisId, row.JoinedOn ?? today, row.LeftOn.Or(null));
            if (wanted.LeftOn < wanted.JoinedOn)
            {
                problems.Add(new ImportProblem(row.Line, "The leaving date is before the admission date", row.MisId));
                continue;
            }

            if (!found)
            {
                additions.Add(new ImportAddition<PupilDetails>(row.Line, wanted));
                continue;
            }

            matched.Add(current.Id);
            var fields = Differences(current.Details, wanted);
            if (fields.Count == 0)
            {
                unchanged++;
            }
            else
            {
                changes.Add(new ImportChange<PupilDetails>(row.Line, current.Id, wanted, fields));
            }
        }

        var named = problems.Where(p => p.Key is not null).Select(p => p.Key!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = existing
            .Where(p => !matched.Contains(p.Id) && (p.Details.MisId is null || !named.Contains(p.Details.MisId)) && (p.Details.LeftOn is null || p.Details.LeftOn >= today))
            .OrderBy(p => p.Details.FullName, StringComparer.OrdinalIgnoreCase)
            .Select(p => new ImportMissing(p.Id, p.Details.FullName, $"{p.Details.YearGroup}{(p.Details.MisId is null ? string.Empty : ", " + p.Details.MisId)}"))
            .ToList();
        return new ImportPlan<PupilDetails>(additions, changes, missing, problems.OrderBy(p => p.Line).ToList(), unchanged);
    }

    private static List<FieldChange> Differences(PupilDetails old, PupilDetails wanted)
    {
        var fields = new List<FieldChange>();
        void Compare(string field, string before, string after)
        {
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                fields.Add(new FieldChange(field, before, after));
            }
        }

        Compare("Name", old.FullName, wanted.FullName);
        Compare("Year group", old.YearGroup, wanted.YearGroup);
        Compare("Admission date", UkTime.Date(old.JoinedOn), UkTime.Date(wanted.JoinedOn));
        Compare("Last day", old.LeftOn is { } oldLeft ? UkTime.Date(oldLeft) : string.Empty, wanted.LeftOn is { } newLeft ? UkTime.Date(newLeft) : string.Empty);
        return fields;
    }
}
