namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>What the reporter sees of a concern's progress: never more than this.</summary>
public enum ReporterStatus
{
    Received,
    WithCaseManager,
    Closed,
}
