using RackHouse.Conduct.Web.Features.Concerns;

namespace RackHouse.Conduct.Web.Features.Admin.Concerns;

/// <summary>A file to send, or why not: no such file for this person, or it no longer matches its fingerprint.</summary>
public sealed record EvidenceDownload(EvidenceFile? File, Stream? Content, bool Tampered);
