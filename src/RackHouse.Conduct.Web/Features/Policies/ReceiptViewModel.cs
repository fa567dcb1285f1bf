namespace RackHouse.Conduct.Web.Features.Policies;

/// <param name="TextSha256">The fingerprint of the text exactly as the adult saw it.</param>
/// <param name="PublishedSha256">The fingerprint of the version as published, with the school's name as a field.</param>
public sealed record ReceiptViewModel(
    long Id,
    int PolicyId,
    string PolicyTitle,
    int VersionNumber,
    int AcademicYearStart,
    DateTime AcknowledgedAtUtc,
    string Statements,
    string TextSha256,
    string PublishedSha256);
