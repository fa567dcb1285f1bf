namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>What the reporter told the school, exactly as submitted; the receipt shows it back to them.</summary>
public sealed record ConcernReport(
    int ReporterAdultId,
    ConcernCategory Category,
    string Description,
    bool ChildAtRisk,
    string? Platform,
    string? Address,
    string? DeviceLocation,
    DateOnly? HappenedOn,
    DateOnly? FoundOn,
    SubjectKind SubjectKind,
    int? SubjectAdultId,
    string? SubjectDescription,
    bool IsSelfReferral,
    string? PupilsInvolved);
