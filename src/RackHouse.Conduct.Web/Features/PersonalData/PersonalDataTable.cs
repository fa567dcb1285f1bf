namespace RackHouse.Conduct.Web.Features.PersonalData;

/// <summary>A section's records: the same named fields for each record, values already written for people to read
/// (UK dates and times, yes or no).</summary>
public sealed record PersonalDataTable(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<string?>> Records);
