namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>The column names school MIS exports use (SIMS, Arbor, Bromcom, ScholarPack and spreadsheets of their
/// own), matched ignoring case, spaces and punctuation. docs/staff/managing-people.md lists them for the office.</summary>
public static class ImportHeaders
{
    public static readonly string[] FullName = ["Full name", "Name", "Staff name", "Pupil name", "Display name", "Legal name"];
    public static readonly string[] FirstName = ["First name", "Forename", "Legal forename", "Preferred forename", "Given name", "Firstname"];
    public static readonly string[] LastName = ["Surname", "Last name", "Legal surname", "Preferred surname", "Family name", "Lastname"];
    public static readonly string[] Email = ["Email", "Email address", "Work email", "School email", "E-mail", "Staff email", "Email (work)"];
    public static readonly string[] Category = ["Category", "Staff category", "Staff type", "Role type", "Employment type", "Type"];
    public static readonly string[] JobTitle = ["Job title", "Role", "Post", "Position", "Job"];
    public static readonly string[] WorksDirectlyWithChildren = ["Works directly with children", "Works with children", "Child contact", "Regulated activity"];
    public static readonly string[] Employer = ["Employer", "Agency", "Company", "Employing organisation"];
    public static readonly string[] StartDate = ["Start date", "Employment start date", "Date started", "Contract start", "Start"];
    public static readonly string[] EndDate = ["End date", "Leaving date", "Date left", "Employment end date", "Contract end", "Last day"];
    public static readonly string[] YearGroup = ["Year group", "Year", "NC year", "National curriculum year", "Class", "Reg group", "Registration group"];
    public static readonly string[] MisId = ["Admission number", "Adno", "Adm no", "Admission no", "UPN", "MIS ID", "Pupil ID", "ID"];
    public static readonly string[] JoinedOn = ["Admission date", "Date of admission", "Date joined", "Entry date", "Joined", "Start date"];
    public static readonly string[] LeftOn = ["Leaving date", "Date of leaving", "Date left", "Left", "End date"];

    /// <summary>The index of the first header that matches one of the names, or -1.</summary>
    public static int Find(IReadOnlyList<string> headers, string[] names)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            var wanted = Normalise(name);
            for (var i = 0; i < headers.Count; i++)
            {
                if (Normalise(headers[i]) == wanted)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    private static string Normalise(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
