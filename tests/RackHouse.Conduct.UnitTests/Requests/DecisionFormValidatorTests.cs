using FluentValidation.TestHelper;
using Microsoft.Extensions.Time.Testing;
using RackHouse.Conduct.Web.Features.Admin.FamilyLinks;
using RackHouse.Conduct.Web.Features.Admin.Requests;

namespace RackHouse.Conduct.UnitTests.Requests;

/// <summary>The Headteacher's forms: a meeting is today or before, a review is after today, dates are real dates.
/// The clock reads 25/11/2026 in London.</summary>
public sealed class DecisionFormValidatorTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(25, 11, 2026, null)]
    [InlineData(26, 11, 2026, "The meeting date must be today or in the past")]
    [InlineData(31, 11, 2026, "Enter the date of the meeting as a real date, like 23 11 2026")]
    [InlineData(null, 11, 2026, "Enter the date of the meeting as a real date, like 23 11 2026")]
    public void RecordDiscussion_MeetingDate_IsTodayOrBefore(int? day, int? month, int? year, string? error)
    {
        var result = new RecordDiscussionFormValidator(Clock).TestValidate(new RecordDiscussionForm { MeetingDay = day, MeetingMonth = month, MeetingYear = year, Notes = "Notes" });

        if (error is null)
        {
            result.ShouldNotHaveAnyValidationErrors();
        }
        else
        {
            result.ShouldHaveValidationErrorFor(nameof(RecordDiscussionForm.MeetingDay)).WithErrorMessage(error);
        }
    }

    [Theory]
    [InlineData(26, 11, 2026, null)]
    [InlineData(25, 11, 2026, "The review date must be in the future")]
    [InlineData(29, 2, 2027, "Enter the review date as a real date, like 1 7 2027")]
    public void ApproveSite_ReviewDate_IsAfterToday(int day, int month, int year, string? error)
    {
        var result = new ApproveSiteFormValidator(Clock).TestValidate(new ApproveSiteForm { Reasons = "Good", ReviewDay = day, ReviewMonth = month, ReviewYear = year });

        if (error is null)
        {
            result.ShouldNotHaveAnyValidationErrors();
        }
        else
        {
            result.ShouldHaveValidationErrorFor(nameof(ApproveSiteForm.ReviewDay)).WithErrorMessage(error);
        }
    }

    [Fact]
    public void Grant_WithoutConditions_IsAccepted() =>
        new GrantPermissionFormValidator().TestValidate(new GrantPermissionForm()).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Acknowledge_WithoutProtocols_AsksForThem() =>
        new AcknowledgeLinkFormValidator().TestValidate(new AcknowledgeLinkForm { Protocols = "" }).ShouldHaveValidationErrorFor(f => f.Protocols)
            .WithErrorMessage("Enter the protocols agreed with the adult");
}
