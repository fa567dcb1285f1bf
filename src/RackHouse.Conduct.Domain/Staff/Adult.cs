namespace RackHouse.Conduct.Domain.Staff;

/// <summary>Anyone in scope of the policy. A leaver keeps their history: adults are never deleted.</summary>
public sealed class Adult
{
    private Adult()
    {
        FullName = string.Empty;
        Email = string.Empty;
    }

    public Adult(string fullName, string email, AdultCategory category, DateOnly startDate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        FullName = fullName.Trim();
        Email = email.Trim();
        Category = category;
        StartDate = startDate;
    }

    public int Id { get; private set; }

    public string FullName { get; private set; }

    public string Email { get; private set; }

    public AdultCategory Category { get; private set; }

    public string? JobTitle { get; set; }

    public bool WorksDirectlyWithChildren { get; set; }

    /// <summary>The agency or business that employs agency staff and contractors.</summary>
    public string? Employer { get; set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public bool HasLeft(DateOnly today) => EndDate is { } end && end < today;

    public AdultDetails Details => new(FullName, Email, Category, JobTitle, WorksDirectlyWithChildren, Employer, StartDate, EndDate);

    /// <summary>Replaces everything the office keeps about the adult. Names and text are trimmed; blank optional text
    /// is stored as none.</summary>
    public void Change(AdultDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.FullName);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Email);
        if (details.EndDate is { } end && end < details.StartDate)
        {
            throw new InvalidOperationException("An adult cannot leave before they started.");
        }

        FullName = details.FullName.Trim();
        Email = details.Email.Trim();
        Category = details.Category;
        JobTitle = OptionalText(details.JobTitle);
        WorksDirectlyWithChildren = details.WorksDirectlyWithChildren;
        Employer = OptionalText(details.Employer);
        StartDate = details.StartDate;
        EndDate = details.EndDate;
    }

    public void MarkAsLeft(DateOnly lastDay)
    {
        if (lastDay < StartDate)
        {
            throw new InvalidOperationException("An adult cannot leave before they started.");
        }

        EndDate = lastDay;
    }

    private static string? OptionalText(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
