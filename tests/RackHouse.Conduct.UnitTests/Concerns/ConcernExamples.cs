using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.UnitTests.Concerns;

internal static class ConcernExamples
{
    public const int Reporter = 10;

    public static readonly DateTime SubmittedAtUtc = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    public static Concern About(int? subjectAdultId, ConcernCategory category = ConcernCategory.Cyberbullying, CaseManager caseManager = CaseManager.Headteacher, bool childAtRisk = false) =>
        new(2026, 1, Report(subjectAdultId, category, childAtRisk), caseManager, SubmittedAtUtc);

    public static ConcernReport Report(int? subjectAdultId, ConcernCategory category = ConcernCategory.Cyberbullying, bool childAtRisk = false) =>
        new(Reporter, category, "What happened.", childAtRisk, "A platform", "https://example.org/post/1", null, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 21),
            subjectAdultId is null ? SubjectKind.Public : SubjectKind.AdultOfSchool, subjectAdultId, null, false, null);
}
