using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace RackHouse.Conduct.Web.Features.Declarations;

/// <summary>Puts what came of a step where the next page shows it: a success banner, or a problem when the step was
/// refused because of the record's status or a change made at the same moment.</summary>
public static class StepMessages
{
    public static void Show(ITempDataDictionary tempData, StepOutcome outcome, string done)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[outcome == StepOutcome.Done ? "Status" : "Problem"] = outcome switch
        {
            StepOutcome.Done => done,
            StepOutcome.ChangedElsewhere => "Someone else changed this at the same moment. Check its history, then try again.",
            _ => "That cannot be done now: check the status and history below.",
        };
    }
}
