using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.UnitTests.Staff;

public sealed class AdultCategoryNamesTests
{
    public static TheoryData<AdultCategory> Categories => new(Enum.GetValues<AdultCategory>());

    [Theory]
    [MemberData(nameof(Categories))]
    public void Describe_EveryCategory_HasADescription(AdultCategory category)
    {
        Assert.False(string.IsNullOrWhiteSpace(category.Describe()));
    }

    [Fact]
    public void Describe_Categories_AreAllDifferent()
    {
        var descriptions = Enum.GetValues<AdultCategory>().Select(c => c.Describe()).ToList();

        Assert.Equal(descriptions.Count, descriptions.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Describe_NonTeachingStaff_ReadsAsPlainEnglish()
    {
        Assert.Equal("Non-teaching staff", AdultCategory.NonTeachingStaff.Describe());
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public void TryParse_EnumNameOrDescription_GivesTheCategoryBack(AdultCategory category)
    {
        Assert.True(AdultCategoryNames.TryParse(category.ToString(), out var fromName));
        Assert.Equal(category, fromName);
        Assert.True(AdultCategoryNames.TryParse(category.Describe(), out var fromDescription));
        Assert.Equal(category, fromDescription);
    }

    [Theory]
    [InlineData("teachingstaff", AdultCategory.TeachingStaff)]
    [InlineData("TEACHING STAFF", AdultCategory.TeachingStaff)]
    [InlineData("teaching-staff", AdultCategory.TeachingStaff)]
    [InlineData("non teaching staff", AdultCategory.NonTeachingStaff)]
    [InlineData("Non-Teaching-Staff", AdultCategory.NonTeachingStaff)]
    [InlineData("self employed", AdultCategory.SelfEmployed)]
    [InlineData("  volunteer ", AdultCategory.Volunteer)]
    [InlineData("external-consultant", AdultCategory.ExternalConsultant)]
    public void TryParse_AnyCaseHyphensOrSpaces_IsAccepted(string text, AdultCategory expected)
    {
        Assert.True(AdultCategoryNames.TryParse(text, out var category));
        Assert.Equal(expected, category);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("nonsense")]
    [InlineData("teacher")]
    [InlineData("staff")]
    public void TryParse_Nonsense_IsRefused(string? text)
    {
        Assert.False(AdultCategoryNames.TryParse(text, out _));
    }
}
