using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>The working-day clocks of a case (configurable in the school's settings): triage (urgent the same working
/// day, others one working day, by default) and contact with the LADO after a harm-threshold decision.</summary>
public static class ConcernClocks
{
    public static DateOnly TriageDue(DateOnly submittedOn, bool isUrgent, SchoolSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return WorkingDays.Add(submittedOn, isUrgent ? settings.UrgentTriageWorkingDays : settings.TriageWorkingDays);
    }

    public static bool IsTriageOverdue(ConcernStatus status, DateOnly submittedOn, bool isUrgent, SchoolSettings settings, DateOnly today) =>
        status == ConcernStatus.New && today > TriageDue(submittedOn, isUrgent, settings);

    public static DateOnly LadoContactDue(DateOnly harmThresholdDecidedOn, SchoolSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return WorkingDays.Add(harmThresholdDecidedOn, settings.LadoContactWorkingDays);
    }

    public static bool IsLadoContactOverdue(ConcernStatus status, DateOnly? harmThresholdDecidedOn, DateOnly? ladoContactedOn, SchoolSettings settings, DateOnly today) =>
        status != ConcernStatus.Closed && harmThresholdDecidedOn is { } decided && ladoContactedOn is null && today > LadoContactDue(decided, settings);
}
