namespace RackHouse.Conduct.Domain.Staff;

public static class AdultCategoryNames
{
    public static string Describe(this AdultCategory category) => category switch
    {
        AdultCategory.TeachingStaff => "Teaching staff",
        AdultCategory.NonTeachingStaff => "Non-teaching staff",
        AdultCategory.SelfEmployed => "Self-employed",
        AdultCategory.TraineeTeacher => "Trainee teacher",
        AdultCategory.OtherTrainee => "Other trainee",
        AdultCategory.Apprentice => "Apprentice",
        AdultCategory.AgencyStaff => "Agency staff",
        AdultCategory.ExternalConsultant => "External consultant",
        AdultCategory.Volunteer => "Volunteer",
        AdultCategory.Governor => "Governor",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>Reads a category from its enum name or its description, ignoring case, spaces and hyphens.</summary>
    public static bool TryParse(string? text, out AdultCategory category)
    {
        var wanted = Normalise(text);
        foreach (var candidate in Enum.GetValues<AdultCategory>())
        {
            if (Normalise(candidate.ToString()) == wanted || Normalise(candidate.Describe()) == wanted)
            {
                category = candidate;
                return true;
            }
        }

        category = default;
        return false;
    }

    private static string Normalise(string? text) =>
        new((text ?? string.Empty).Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
}
