namespace RackHouse.Conduct.Domain.Concerns;

/// <summary>What a concern is about, following the policy's own list (SPEC section 3.3).</summary>
public enum ConcernCategory
{
    ContactWithPupil,
    UndeclaredFamilyContact,
    PupilInformationRequest,
    InappropriateContent,
    ImagesPublished,
    Cyberbullying,
    Trolling,
    IndecentImagesOfChildren,
    ExplicitMaterialOnSchoolEquipment,
    Extremism,
    UnauthorisedSchoolSite,
    DiscriminationOrHarassment,
    Other,
}
