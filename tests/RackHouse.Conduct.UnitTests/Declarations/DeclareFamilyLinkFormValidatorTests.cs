using FluentValidation.TestHelper;
using RackHouse.Conduct.Domain.Declarations;
using RackHouse.Conduct.Web.Features.Declarations;

namespace RackHouse.Conduct.UnitTests.Declarations;

public sealed class DeclareFamilyLinkFormValidatorTests
{
    private readonly DeclareFamilyLinkFormValidator validator = new();

    [Fact]
    public void Validate_NoSocialMediaContact_NeedsNoPlatforms() =>
        validator.TestValidate(Form("no", null)).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_InContactWithoutPlatforms_AsksWhich() =>
        validator.TestValidate(Form("yes", " ")).ShouldHaveValidationErrorFor(f => f.Platforms)
            .WithErrorMessage("Enter the social media you are in contact on, like Facebook or WhatsApp");

    [Fact]
    public void Validate_ContactNeitherYesNorNo_IsRefused() =>
        validator.TestValidate(Form("maybe", null)).ShouldHaveValidationErrorFor(f => f.SocialMediaContact);

    [Fact]
    public void Validate_RelationshipOutsideTheList_IsRefused()
    {
        var form = Form("no", null);
        form.Relationship = (FamilyRelationship)42;

        validator.TestValidate(form).ShouldHaveValidationErrorFor(f => f.Relationship)
            .WithErrorMessage("Select your relationship to the pupil");
    }

    [Fact]
    public void ChosenPupilId_NotListedOrNotANumber_IsNull()
    {
        Assert.Null(new DeclareFamilyLinkForm { PupilChoice = DeclareFamilyLinkForm.NotListed }.ChosenPupilId);
        Assert.Null(new DeclareFamilyLinkForm { PupilChoice = "-3" }.ChosenPupilId);
        Assert.Equal(12, new DeclareFamilyLinkForm { PupilChoice = "12" }.ChosenPupilId);
    }

    private static DeclareFamilyLinkForm Form(string contact, string? platforms) => new()
    {
        PupilName = "Ava Smith",
        PupilChoice = "3",
        Relationship = FamilyRelationship.Parent,
        SocialMediaContact = contact,
        Platforms = platforms,
    };
}
