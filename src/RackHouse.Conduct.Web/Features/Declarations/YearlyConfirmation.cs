using RackHouse.Conduct.Domain.Policies;

namespace RackHouse.Conduct.Web.Features.Declarations;

/// <summary>Each year, acknowledging the Social Media Policy also asks an adult with open family link declarations
/// to confirm they are still current. The confirmation is kept on each declaration with the academic year.</summary>
public static class YearlyConfirmation
{
    public static readonly AcknowledgementStatement DeclarationsStillCurrent =
        new("declarations-current", "The family links I have declared, listed above, are still current.");
}
