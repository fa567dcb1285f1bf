using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Web.Features.Concerns;

/// <summary>A file written to the evidence folder, with what was learnt while streaming it.</summary>
public sealed record StoredFile(string StoredName, EvidenceType Type, long SizeBytes, string Sha256);
