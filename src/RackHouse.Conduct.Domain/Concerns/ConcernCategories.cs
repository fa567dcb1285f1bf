namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>What each category means for the reporter (its name and guidance) and for the school (urgency, and whether
/// the designated safeguarding lead works it).</summary>
public static class ConcernCategories
{
    public static IReadOnlyList<ConcernCategory> All { get; } = Enum.GetValues<ConcernCategory>();

    public static string Describe(ConcernCategory category) => category switch
    {
        ConcernCategory.ContactWithPupil => "Contact with a pupil outside agreed protocols",
        ConcernCategory.UndeclaredFamilyContact => "Undeclared family contact with a pupil",
        ConcernCategory.PupilInformationRequest => "A request for a pupil's personal information",
        ConcernCategory.InappropriateContent => "Inappropriate or derogatory content posted by an adult",
        ConcernCategory.ImagesPublished => "Images of pupils or the school published",
        ConcernCategory.Cyberbullying => "Cyberbullying",
        ConcernCategory.Trolling => "Trolling",
        ConcernCategory.IndecentImagesOfChildren => "Indecent images of children",
        ConcernCategory.ExplicitMaterialOnSchoolEquipment => "Pornography or explicit material on school equipment",
        ConcernCategory.Extremism => "Extremism or radicalisation (Prevent)",
        ConcernCategory.UnauthorisedSchoolSite => "An unauthorised school social media site",
        ConcernCategory.DiscriminationOrHarassment => "Discrimination or harassment (Equality Act)",
        ConcernCategory.Other => "Something else",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>Urgent categories alert the case manager and the safeguarding lead at once and show first.</summary>
    public static bool IsUrgent(ConcernCategory category) =>
        category is ConcernCategory.IndecentImagesOfChildren or ConcernCategory.ContactWithPupil or ConcernCategory.Extremism;

    /// <summary>The categories the designated safeguarding lead works with the case manager.</summary>
    public static bool IsSafeguarding(ConcernCategory category) => category is
        ConcernCategory.ContactWithPupil or ConcernCategory.UndeclaredFamilyContact or ConcernCategory.PupilInformationRequest
        or ConcernCategory.ImagesPublished or ConcernCategory.IndecentImagesOfChildren or ConcernCategory.Extremism;

    /// <summary>No file may be uploaded: copying or possessing such images is an offence.</summary>
    public static bool RefusesEvidence(ConcernCategory category) => category == ConcernCategory.IndecentImagesOfChildren;

    public static IReadOnlyList<string> Guidance(ConcernCategory category) => category switch
    {
        ConcernCategory.Cyberbullying or ConcernCategory.Trolling =>
        [
            "Keep the messages: do not delete them and do not reply.",
            "Take screen prints of the messages or web pages.",
            "Note the time, the date and the site or app where they appeared.",
        ],
        ConcernCategory.IndecentImagesOfChildren =>
        [
            "Do not copy, forward, download or screenshot the images: copying or possessing them is an offence, even to report them.",
            "Do not show them to anyone. Leave the device as it is, switched on or off, and keep it safe.",
            "Describe what you saw, give the web address if there is one, and say where the device is now.",
            "If a child is in immediate danger, call 999.",
        ],
        ConcernCategory.ContactWithPupil or ConcernCategory.UndeclaredFamilyContact =>
        [
            "Do not contact the pupil or the adult about it yourself.",
            "Keep any messages and take screen prints; note the time, the date and the platform.",
        ],
        ConcernCategory.Extremism =>
        [
            "If someone is in immediate danger, call 999.",
            "Keep what you saw and take screen prints; note the time, the date and the site.",
        ],
        ConcernCategory.ExplicitMaterialOnSchoolEquipment =>
        [
            "Do not open the material again or show it to anyone. Leave the equipment as it is and keep it safe.",
            "If you think it shows a child, choose 'Indecent images of children' instead.",
        ],
        _ =>
        [
            "Keep what you saw: take screen prints or save the message, and note the time, the date and the site.",
            "Report it now, even if you are not sure: the Headteacher decides what happens next.",
        ],
    };
}
