namespace RackHouse.Conduct.Domain.Requests;

/// <summary>One kept step of a request's history: what was done, by whom, when, the status it left, and why (notes,
/// protocols, reasons or conditions, as the action needs). Steps are only ever added.</summary>
public sealed class DecisionStep<TStatus, TAction>
    where TStatus : struct, Enum
    where TAction : struct, Enum
{
    private DecisionStep()
    {
    }

    public DecisionStep(TAction action, TStatus status, int byAdultId, DateTime atUtc, string? text, DateOnly? onDate)
    {
        Action = action;
        Status = status;
        ByAdultId = byAdultId;
        AtUtc = atUtc;
        Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        OnDate = onDate;
    }

    public long Id { get; private set; }

    public TAction Action { get; private set; }

    /// <summary>The status once the step was taken.</summary>
    public TStatus Status { get; private set; }

    public int ByAdultId { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <summary>Why: meeting notes, agreed protocols, a reason, conditions.</summary>
    public string? Text { get; private set; }

    /// <summary>The date the step names: a meeting, a review or the end of a permission.</summary>
    public DateOnly? OnDate { get; private set; }
}
