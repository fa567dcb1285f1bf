using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Benchmarks;

/// <summary>Years of concerns as a busy trust would have left them: reported mostly on school days, every category,
/// one in ten about the Headteacher (the chair's series), most worked to a close and some open at each status. They go
/// through the domain's own methods, so their chronologies are the ones the portal would have written.</summary>
internal static class ConcernHistory
{
    private static readonly SubjectKind[] OtherSubjects = [SubjectKind.Pupil, SubjectKind.Parent, SubjectKind.FormerPupil, SubjectKind.Public, SubjectKind.Unknown];

    private static readonly ThresholdDecision[] AdultDecisions =
    [
        ThresholdDecision.HarmThreshold,
        ThresholdDecision.LowLevelConcern, ThresholdDecision.LowLevelConcern, ThresholdDecision.LowLevelConcern, ThresholdDecision.LowLevelConcern,
        ThresholdDecision.ConductMatter, ThresholdDecision.ConductMatter, ThresholdDecision.ConductMatter,
        ThresholdDecision.NotAConcern,
    ];

    private static readonly ConcernOutcome[] ConductOutcomes =
    [
        ConcernOutcome.ManagementAction, ConcernOutcome.ManagementAction, ConcernOutcome.ManagementAction, ConcernOutcome.ManagementAction,
        ConcernOutcome.AdviceOrGuidance, ConcernOutcome.AdviceOrGuidance, ConcernOutcome.AdviceOrGuidance,
        ConcernOutcome.DisciplinaryProcess, ConcernOutcome.DisciplinaryProcess,
        ConcernOutcome.Dismissal,
    ];

    private static readonly string[] Platforms = ["Facebook", "Instagram", "X (Twitter)", "TikTok", "WhatsApp", "Snapchat", "YouTube", "A school laptop"];

    /// <summary>Adds <paramref name="count"/> concerns reported between <paramref name="fromUtc"/> and yesterday,
    /// numbered in the order they were reported, after the year counters' numbers already given out.</summary>
    public static async Task AddAsync(ConductDbContext db, DateTime fromUtc, int count, int headteacherId, int chairId, IReadOnlyList<int> adultIds)
    {
        var random = new Random(2026);
        var now = DateTime.UtcNow;
        var plan = Enumerable.Range(0, count)
            .Select(_ => (At: SubmittedAt(random, fromUtc, now), Series: random.Next(10) == 0 ? CaseManager.ChairOfGovernors : CaseManager.Headteacher))
            .OrderBy(p => p.At)
            .ToList();

        // The numbers are taken and saved first, as the portal does, so a failure part way leaves gaps, never duplicates.
        var counters = await db.ConcernYearCounters.ToDictionaryAsync(c => (c.Year, c.Series));
        var numbered = new List<(DateTime At, CaseManager Series, int Number)>(count);
        foreach (var (at, series) in plan)
        {
            if (!counters.TryGetValue((at.Year, series), out var counter))
            {
                counter = new ConcernYearCounter(at.Year, series);
                counters.Add((at.Year, series), counter);
                db.ConcernYearCounters.Add(counter);
            }

            numbered.Add((at, series, counter.Next()));
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        foreach (var batch in numbered.Chunk(1000))
        {
            foreach (var (at, series, number) in batch)
            {
                var byAdultId = series == CaseManager.ChairOfGovernors ? chairId : headteacherId;
                var concern = new Concern(at.Year, number, Report(random, at, series, headteacherId, adultIds), series, at);
                // One case in fifty stalls at an open status; the recent ones are open because their time has not come.
                var reached = random.Next(50) == 0 ? (ConcernStatus)random.Next((int)ConcernStatus.Closed) : ConcernStatus.Closed;
                Work(random, concern, reached, byAdultId, now);
                db.Concerns.Add(concern);
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Between 07:30 and 17:30 (UTC, so the same day in London), nine times in ten on a school day.</summary>
    private static DateTime SubmittedAt(Random random, DateTime fromUtc, DateTime now)
    {
        var first = DateOnly.FromDateTime(fromUtc);
        var days = DateOnly.FromDateTime(now).DayNumber - first.DayNumber;
        DateOnly day;
        do
        {
            day = first.AddDays(random.Next(days));
        }
        while (!IsSchoolDay(day) && random.Next(10) != 0);
        return day.ToDateTime(new TimeOnly(7, 30), DateTimeKind.Utc).AddMinutes(random.Next(10 * 60));
    }

    private static bool IsSchoolDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && day.Month != 8
        && !(day.Month == 7 && day.Day > 22)
        && !(day.Month == 12 && day.Day > 20)
        && !(day.Month == 1 && day.Day < 4);

    private static ConcernReport Report(Random random, DateTime at, CaseManager series, int headteacherId, IReadOnlyList<int> adultIds)
    {
        var category = ConcernCategories.All[random.Next(ConcernCategories.All.Count)];
        var subjectKind = series == CaseManager.ChairOfGovernors || random.Next(2) == 0 ? SubjectKind.AdultOfSchool : OtherSubjects[random.Next(OtherSubjects.Length)];
        int? subjectId = series == CaseManager.ChairOfGovernors ? headteacherId : subjectKind == SubjectKind.AdultOfSchool ? adultIds[random.Next(adultIds.Count)] : null;
        int reporterId;
        do
        {
            reporterId = adultIds[random.Next(adultIds.Count)];
        }
        while (reporterId == subjectId);
        var foundOn = DateOnly.FromDateTime(at);
        return new ConcernReport(reporterId, category, $"Benchmark concern: {ConcernCategories.Describe(category)}.", random.Next(30) == 0,
            Platforms[random.Next(Platforms.Length)], null, category == ConcernCategory.IndecentImagesOfChildren ? "Locked in the school office, switched off" : null,
            foundOn.AddDays(-random.Next(8)), foundOn, subjectKind, subjectId, subjectKind == SubjectKind.AdultOfSchool ? null : "As the reporter described them",
            false, null);
    }

    /// <summary>Works the case over up to two months, step by step as far as <paramref name="reached"/> or as far as
    /// now allows, whichever comes first.</summary>
    private static void Work(Random random, Concern concern, ConcernStatus reached, int byAdultId, DateTime now)
    {
        var length = TimeSpan.FromDays(random.Next(3, 60));
        DateTime At(double share) => concern.SubmittedAtUtc + (length * share);
        bool Due(ConcernStatus status, double share) => reached >= status && At(share) <= now;

        if (!Due(ConcernStatus.Triaged, 0.05))
        {
            return;
        }

        var decision = Decide(random, concern);
        concern.Triage(decision, $"Benchmark rationale: {decision}.", byAdultId, At(0.05), DateOnly.FromDateTime(At(0.05)));
        if (FirstReferral(random, concern, decision) is { } referral && At(0.08) <= now)
        {
            var reference = referral == ReferralType.Lado ? $"LADO-{concern.Reference}" : null;
            concern.AddReferral(referral, DateOnly.FromDateTime(At(0.08)), reference, "Benchmark advice.", byAdultId, At(0.08));
        }

        var investigates = reached == ConcernStatus.Investigating || random.Next(3) == 0
            || decision is ThresholdDecision.HarmThreshold or ThresholdDecision.ConductMatter or ThresholdDecision.ChildProtection;
        if (investigates && Due(ConcernStatus.Investigating, 0.1))
        {
            concern.StartInvestigation(byAdultId, At(0.1));
        }

        if (random.Next(4) == 0 && At(0.4) <= now)
        {
            concern.AddNote("Benchmark note: met the adult with the safeguarding lead.", byAdultId, At(0.4));
        }

        if (!Due(ConcernStatus.OutcomeRecorded, 0.85))
        {
            return;
        }

        var outcome = Outcome(random, concern, decision);
        concern.RecordOutcome(outcome, $"Benchmark reasons: {outcome}.", byAdultId, At(0.85));
        if (outcome == ConcernOutcome.Dismissal || (outcome == ConcernOutcome.Substantiated && random.Next(2) == 0))
        {
            var body = random.Next(3) == 0 ? ReferralType.TeachingRegulationAgency : ReferralType.Dbs;
            concern.AddReferral(body, DateOnly.FromDateTime(At(0.85)), null, "Benchmark referral after the outcome.", byAdultId, At(0.85));
        }

        if (Due(ConcernStatus.Closed, 1))
        {
            concern.Close("Benchmark closing summary.", random.Next(5) == 0 ? "Benchmark lessons learned." : null, byAdultId, At(1));
        }
    }

    private static ThresholdDecision Decide(Random random, Concern concern)
    {
        var aboutAdult = concern.SubjectKind == SubjectKind.AdultOfSchool;
        if (concern.Category == ConcernCategory.Extremism)
        {
            return ThresholdDecision.Prevent;
        }

        if (concern.Category == ConcernCategory.IndecentImagesOfChildren || concern.ChildAtRisk)
        {
            return aboutAdult ? ThresholdDecision.HarmThreshold : ThresholdDecision.ChildProtection;
        }

        if (aboutAdult)
        {
            return AdultDecisions[random.Next(AdultDecisions.Length)];
        }

        return concern.IsSafeguarding && random.Next(3) == 0 ? ThresholdDecision.ChildProtection : ThresholdDecision.NotAConcern;
    }

    /// <summary>An allegation's outcome from its own set; other concerns mostly end in advice or management action.</summary>
    private static ConcernOutcome Outcome(Random random, Concern concern, ThresholdDecision decision)
    {
        IReadOnlyList<ConcernOutcome> likely = decision switch
        {
            _ when concern.IsAllegation => ConcernOutcomes.ForAllegation,
            ThresholdDecision.ConductMatter => ConductOutcomes,
            ThresholdDecision.LowLevelConcern => [ConcernOutcome.AdviceOrGuidance, ConcernOutcome.AdviceOrGuidance, ConcernOutcome.ManagementAction, ConcernOutcome.NoFurtherAction],
            _ => [ConcernOutcome.NoFurtherAction, ConcernOutcome.NoFurtherAction, ConcernOutcome.AdviceOrGuidance],
        };
        return likely[random.Next(likely.Count)];
    }

    private static ReferralType? FirstReferral(Random random, Concern concern, ThresholdDecision decision) => decision switch
    {
        ThresholdDecision.HarmThreshold => ReferralType.Lado,
        ThresholdDecision.ChildProtection => random.Next(2) == 0 ? ReferralType.ChildrensSocialCare : ReferralType.Police,
        ThresholdDecision.Prevent => ReferralType.PreventChannel,
        _ when concern.Category == ConcernCategory.IndecentImagesOfChildren => ReferralType.Police,
        _ => random.Next(20) == 0 ? ReferralType.AgencyOrEmployer : null,
    };
}
