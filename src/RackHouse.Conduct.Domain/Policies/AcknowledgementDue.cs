namespace RackHouse.Conduct.Domain.Policies;

/// <summary>Where one adult stands with one policy this academic year, and by when they must act.</summary>
public sealed record AcknowledgementDue(AcknowledgementStatus Status, DateOnly? Deadline)
{
    public bool IsOwed => Status is AcknowledgementStatus.Outstanding or AcknowledgementStatus.NewStarterDue or AcknowledgementStatus.Overdue;
}
