namespace RackHouse.Conduct.Domain.Pupils;

/// <summary>A child on the school roll; after <see cref="LeftOn"/> a former pupil.</summary>
public sealed class Pupil
{
    private Pupil()
    {
        FullName = string.Empty;
        YearGroup = string.Empty;
    }

    public Pupil(string fullName, string yearGroup, string? misId, DateOnly joinedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        ArgumentException.ThrowIfNullOrWhiteSpace(yearGroup);
        FullName = fullName.Trim();
        YearGroup = yearGroup.Trim();
        MisId = string.IsNullOrWhiteSpace(misId) ? null : misId.Trim();
        JoinedOn = joinedOn;
    }

    public int Id { get; private set; }

    public string FullName { get; private set; }

    /// <summary>Year group or class as the school's MIS names it, e.g. "Reception" or "Year 4".</summary>
    public string YearGroup { get; private set; }

    /// <summary>Admission number or MIS identifier.</summary>
    public string? MisId { get; private set; }

    public DateOnly JoinedOn { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    public bool IsFormerPupil(DateOnly today) => LeftOn is { } left && left < today;

    public PupilDetails Details => new(FullName, YearGroup, MisId, JoinedOn, LeftOn);

    /// <summary>Replaces what the school keeps about the pupil; a blank MIS id is stored as none.</summary>
    public void Change(PupilDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.FullName);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.YearGroup);
        if (details.LeftOn is { } left && left < details.JoinedOn)
        {
            throw new InvalidOperationException("A pupil cannot leave before they joined.");
        }

        FullName = details.FullName.Trim();
        YearGroup = details.YearGroup.Trim();
        MisId = string.IsNullOrWhiteSpace(details.MisId) ? null : details.MisId.Trim();
        JoinedOn = details.JoinedOn;
        LeftOn = details.LeftOn;
    }

    public void MarkAsLeft(DateOnly lastDay)
    {
        if (lastDay < JoinedOn)
        {
            throw new InvalidOperationException("A pupil cannot leave before they joined.");
        }

        LeftOn = lastDay;
    }
}
