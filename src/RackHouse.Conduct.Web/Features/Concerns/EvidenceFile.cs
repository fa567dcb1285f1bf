using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Web.Features.Concerns;

public sealed record EvidenceFile(long Id, string FileName, EvidenceType Type, long SizeBytes, string Sha256, DateTime UploadedAtUtc);
