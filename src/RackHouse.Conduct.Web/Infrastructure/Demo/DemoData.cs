using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Data.Identity;
using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Domain.Pupils;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.Web.Infrastructure.Identity;
using RackHouse.Conduct.Web.Infrastructure.Mvc;

namespace RackHouse.Conduct.Web.Infrastructure.Demo;

/// <summary>Rack House Primary as a demonstration: about 40 adults in every category, about 200 pupils from Reception
/// to Year 6, and one account per role. Seeded on the first run in Development, elsewhere only by <c>seed-demo</c>.</summary>
public sealed class DemoData(
    ConductDbContext db,
    AccountProvisioning accounts,
    UserManager<ConductUser> users,
    IUserStore<ConductUser> store,
    IConfiguration configuration,
    TimeProvider time)
{
    public const string Domain = "rackhouse.example";
    public const string DefaultPassword = "RackHouse-demo-2026";
    public const string DefaultTotpSecret = "JBSWY3DPEHPK3PXP";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("head", "Helen Marsh", AdultCategory.TeachingStaff, "Headteacher", [Roles.Headteacher]),
        new("dsl", "David Okafor", AdultCategory.TeachingStaff, "Deputy headteacher", [Roles.SafeguardingLead]),
        new("office", "Olivia Patel", AdultCategory.NonTeachingStaff, "School business manager", [Roles.Office]),
        new("governor", "George Whitfield", AdultCategory.Governor, "Parent governor", [Roles.Governor]),
        new("chair", "Catherine Brooks", AdultCategory.Governor, "Chair of governors", [Roles.Governor, Roles.ChairOfGovernors]),
        new("teacher", "Tom Ellis", AdultCategory.TeachingStaff, "Year 4 class teacher", []),
        new("volunteer", "Vera Singh", AdultCategory.Volunteer, "Reading volunteer", []),
    ];

    private static readonly string[] FirstNames =
    [
        "Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Mia", "Arthur", "Ivy", "Leo", "Freya", "Oscar", "Lily",
        "Harry", "Florence", "Jack", "Evie", "Theo", "Rosie", "Alfie", "Sophia", "Finley", "Grace", "Muhammad",
        "Poppy", "Archie", "Daisy", "Henry", "Willow", "Jacob", "Ruby", "Charlie", "Maya", "Thomas", "Zara", "Ethan",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas", "Clarke", "Jackson", "Wood",
        "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes", "Moore", "Clark", "Khan", "Ahmed",
    ];

    private static readonly string[] YearGroups = ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"];

    /// <summary>Adds the demo school unless adults already exist. Returns whether anything was added.</summary>
    public async Task<bool> SeedIfEmptyAsync()
    {
        if (await db.Adults.AnyAsync())
        {
            return false;
        }

        var password = configuration["Demo:Password"] is { Length: > 0 } configured ? configured : DefaultPassword;
        var totpSecret = configuration["Demo:TotpSecret"] is { Length: > 0 } secret ? secret : DefaultTotpSecret;
        var today = UkTime.Today(time);
        var random = new Random(2026);

        foreach (var account in Accounts)
        {
            var adult = new Adult(account.Name, $"{account.Mailbox}@{Domain}", account.Category, today.AddYears(-random.Next(1, 12)))
            {
                JobTitle = account.JobTitle,
                WorksDirectlyWithChildren = account.Category != AdultCategory.Governor,
            };
            var user = await accounts.CreateAsync(adult, account.Roles, password);
            if (account.Roles.Any(Roles.RequiringTwoFactor.Contains))
            {
                await ((IUserAuthenticatorKeyStore<ConductUser>)store).SetAuthenticatorKeyAsync(user, totpSecret, CancellationToken.None);
                await users.SetTwoFactorEnabledAsync(user, true);
            }
        }

        AddRosterAdults(random, today);
        AddPupils(random, today);
        await db.SaveChangesAsync();

        var settings = await db.SchoolSettings.SingleAsync();
        settings.HeadteacherName = "Helen Marsh";
        settings.SafeguardingLeadName = "David Okafor";
        settings.ChairOfGovernorsName = "Catherine Brooks";
        settings.LadoName = "Local Authority Designated Officer (LADO)";
        settings.LadoPhone = "01632 960 000";
        settings.LadoEmail = "lado@county-council.example";
        settings.Version = Guid.NewGuid();
        await db.SaveChangesAsync();
        await DemoFamilyLinks.AddAsync(db, $"head@{Domain}", time.GetUtcNow().UtcDateTime, today);
        await AddConcernsAsync(today);
        return true;
    }

    /// <summary>Three concerns in different states: a new one for the Headteacher, a low-level concern being worked,
    /// and one about the Headteacher that only the chair sees.</summary>
    private async Task AddConcernsAsync(DateOnly today)
    {
        var ids = await db.Adults.ToDictionaryAsync(a => a.Email, a => a.Id);
        int Id(string mailbox) => ids[$"{mailbox}@{Domain}"];
        var assistant = await db.Adults.Where(a => a.JobTitle == "Teaching assistant").OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var now = time.GetUtcNow().UtcDateTime;
        var counter = new ConcernYearCounter(today.Year, CaseManager.Headteacher);
        var chairsCounter = new ConcernYearCounter(today.Year, CaseManager.ChairOfGovernors);
        db.ConcernYearCounters.AddRange(counter, chairsCounter);

        var trolling = new Concern(today.Year, counter.Next(), new ConcernReport(Id("teacher"), ConcernCategory.Trolling,
            "An anonymous account keeps replying to the school's posts with insults about staff.", false, "X (Twitter)", "https://x.example/rackhouse/status/1",
            null, today.AddDays(-2), today.AddDays(-1), SubjectKind.Unknown, null, "@rackhouse_truth", false, null), CaseManager.Headteacher, now.AddHours(-20));

        var lowLevel = new Concern(today.Year, counter.Next(), new ConcernReport(Id("volunteer"), ConcernCategory.ContactWithPupil,
            "A teaching assistant followed a Year 6 pupil's public account and liked several posts.", false, "Instagram", null,
            null, today.AddDays(-6), today.AddDays(-5), SubjectKind.AdultOfSchool, assistant, null, false, "A Year 6 pupil"), CaseManager.Headteacher, now.AddDays(-5));
        lowLevel.Triage(ThresholdDecision.LowLevelConcern, "Inappropriate but not harmful; the adult says it was a mistake. Record and advise.", Id("head"), now.AddDays(-4), today.AddDays(-4));
        lowLevel.AddNote("Met the assistant with the DSL; the account has been unfollowed and the protocol explained.", Id("head"), now.AddDays(-3));

        var aboutHead = new Concern(today.Year, chairsCounter.Next(), new ConcernReport(Id("dsl"), ConcernCategory.InappropriateContent,
            "Comments about a family's circumstances on the Headteacher's personal account.", false, "Facebook", null,
            null, today.AddDays(-1), today.AddDays(-1), SubjectKind.AdultOfSchool, Id("head"), null, false, null), CaseManager.ChairOfGovernors, now.AddHours(-3));

        db.Concerns.AddRange(trolling, lowLevel, aboutHead);
        await db.SaveChangesAsync();
    }

    /// <summary>Further adults without accounts yet, so every category appears and there are about 40 in all.</summary>
    private void AddRosterAdults(Random random, DateOnly today)
    {
        var plan = new (AdultCategory Category, int Count, string JobTitle, string? Employer)[]
        {
            (AdultCategory.TeachingStaff, 9, "Class teacher", null),
            (AdultCategory.NonTeachingStaff, 8, "Teaching assistant", null),
            (AdultCategory.SelfEmployed, 2, "Sports coach", null),
            (AdultCategory.TraineeTeacher, 2, "Trainee teacher", null),
            (AdultCategory.OtherTrainee, 1, "Trainee teaching assistant", null),
            (AdultCategory.Apprentice, 1, "Apprentice site assistant", null),
            (AdultCategory.AgencyStaff, 2, "Supply teacher", "Northgate Supply Ltd"),
            (AdultCategory.ExternalConsultant, 2, "Speech and language therapist", "Wellspring Therapy"),
            (AdultCategory.Volunteer, 2, "Reading volunteer", null),
            (AdultCategory.Governor, 4, "Governor", null),
        };
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (category, count, jobTitle, employer) in plan)
        {
            for (var i = 0; i < count; i++)
            {
                string name;
                do
                {
                    name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
                }
                while (!used.Add(name));
                var email = $"{name.Replace(' ', '.').ToLowerInvariant()}@{Domain}";
                db.Adults.Add(new Adult(name, email, category, today.AddDays(-random.Next(30, 3650)))
                {
                    JobTitle = jobTitle,
                    Employer = employer,
                    WorksDirectlyWithChildren = category != AdultCategory.Governor,
                });
            }
        }
    }

    private void AddPupils(Random random, DateOnly today)
    {
        var number = 1000;
        for (var year = 0; year < YearGroups.Length; year++)
        {
            for (var i = 0; i < 29; i++)
            {
                var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
                var joined = new DateOnly(today.Year - year - (today.Month >= 9 ? 0 : 1), 9, random.Next(1, 8));
                db.Pupils.Add(new Pupil(name, YearGroups[year], $"A{number++}", joined));
            }
        }
    }
}
