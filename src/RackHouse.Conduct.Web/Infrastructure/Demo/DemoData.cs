using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Data.Identity;
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
        return true;
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
