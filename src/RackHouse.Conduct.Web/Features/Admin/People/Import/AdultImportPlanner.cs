using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>Compares an adults file with the adults on record, matched by email address (any case).</summary>
public static class AdultImportPlanner
{
    public static ImportPlan<AdultDetails> Plan(ImportedFile<AdultImportRow> file, IReadOnlyList<(int Id, AdultDetails Details)> existing, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(existing);
        var byEmail = new Dictionary<string, (int Id, AdultDetails Details)>(StringComparer.OrdinalIgnoreCase);
        foreach (var adult in existing)
        {
            byEmail.TryAdd(adult.Details.Email, adult);
        }

        var additions = new List<ImportAddition<AdultDetails>>();
        var changes = new List<ImportChange<AdultDetails>>();
        var problems = file.Problems.ToList();
        var matched = new HashSet<int>();
        var unchanged = 0;
        foreach (var row in file.Rows)
        {
            if (byEmail.TryGetValue(row.Email, out var current))
            {
                matched.Add(current.Id);
                var old = current.Details;
                var wanted = new AdultDetails(
                    row.FullName,
                    old.Email,
                    row.Category,
                    row.JobTitle.Or(old.JobTitle),
                    row.WorksDirectlyWithChildren.Or(old.WorksDirectlyWithChildren),
                    row.Employer.Or(old.Employer),
                    row.StartDate ?? old.StartDate,
                    row.EndDate.Or(old.EndDate));
                if (wanted.EndDate < wanted.StartDate)
                {
                    problems.Add(new ImportProblem(row.Line, "The end date is before the start date", row.Email));
                    continue;
                }

                var fields = Differences(old, wanted);
                if (fields.Count == 0)
                {
                    unchanged++;
                }
                else
                {
                    changes.Add(new ImportChange<AdultDetails>(row.Line, current.Id, wanted, fields));
                }
            }
            else
            {
                var details = new AdultDetails(
                    row.FullName,
                    row.Email,
                    row.Category,
                    row.JobTitle.Or(null),
                    row.WorksDirectlyWithChildren.Or(true),
                    row.Employer.Or(null),
                    row.StartDate ?? today,
                    row.EndDate.Or(null));
                if (details.EndDate < details.StartDate)
                {
                    problems.Add(new ImportProblem(row.Line, "The end date is before the start date", row.Email));
                    continue;
                }

                additions.Add(new ImportAddition<AdultDetails>(row.Line, details));
            }
        }

        var named = problems.Where(p => p.Key is not null).Select(p => p.Key!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = existing
            .Where(a => !matched.Contains(a.Id) && !named.Contains(a.Details.Email) && (a.Details.EndDate is null || a.Details.EndDate >= today))
            .OrderBy(a => a.Details.FullName, StringComparer.OrdinalIgnoreCase)
            .Select(a => new ImportMissing(a.Id, a.Details.FullName, a.Details.Email))
            .ToList();
        return new ImportPlan<AdultDetails>(additions, changes, missing, problems.OrderBy(p => p.Line).ToList(), unchanged);
    }

    private static List<FieldChange> Differences(AdultDetails old, AdultDetails wanted)
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
        Compare("Category", old.Category.Describe(), wanted.Category.Describe());
        Compare("Job title", old.JobTitle ?? string.Empty, wanted.JobTitle ?? string.Empty);
        Compare("Works directly with children", old.WorksDirectlyWithChildren ? "Yes" : "No", wanted.WorksDirectlyWithChildren ? "Yes" : "No");
        Compare("Employer", old.Employer ?? string.Empty, wanted.Employer ?? string.Empty);
        Compare("Start date", UkTime.Date(old.StartDate), UkTime.Date(wanted.StartDate));
        Compare("Last day", old.EndDate is { } oldEnd ? UkTime.Date(oldEnd) : string.Empty, wanted.EndDate is { } newEnd ? UkTime.Date(newEnd) : string.Empty);
        return fields;
    }
}
