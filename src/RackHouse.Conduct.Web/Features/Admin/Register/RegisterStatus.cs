using RackHouse.Conduct.Domain.Policies;

namespace RackHouse.Conduct.Web.Features.Admin.Register;

public static class RegisterStatus
{
    public static string Describe(AcknowledgementStatus status) => status switch
    {
        AcknowledgementStatus.Acknowledged => "Acknowledged",
        AcknowledgementStatus.Outstanding => "Outstanding",
        AcknowledgementStatus.NewStarterDue => "New starter, due",
        AcknowledgementStatus.Overdue => "Overdue",
        AcknowledgementStatus.Left => "Left the school",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Colour(AcknowledgementStatus status) => status switch
    {
        AcknowledgementStatus.Acknowledged => "green",
        AcknowledgementStatus.Overdue => "red",
        AcknowledgementStatus.Left => "grey",
        _ => "yellow",
    };
}
