using Microsoft.AspNetCore.Mvc.ModelBinding;
using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.Web.Features.Concerns;

public sealed class WhatHappenedForm
{
    public string? Description { get; set; }

    public bool ChildAtRisk { get; set; }

    public string? Platform { get; set; }

    public string? Address { get; set; }

    public string? DeviceLocation { get; set; }

    public string? HappenedDay { get; set; }

    public string? HappenedMonth { get; set; }

    public string? HappenedYear { get; set; }

    public string? FoundDay { get; set; }

    public string? FoundMonth { get; set; }

    public string? FoundYear { get; set; }

    /// <summary>Set from the draft, never from the post: indecent images need where the device is.</summary>
    [BindNever]
    public bool IsIndecentImages { get; set; }

    public DateOnly? HappenedOn => FormDate.Parse(HappenedDay, HappenedMonth, HappenedYear);

    public DateOnly? FoundOn => FormDate.Parse(FoundDay, FoundMonth, FoundYear);

    public static WhatHappenedForm From(ConcernDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new WhatHappenedForm
        {
            Description = draft.Description,
            ChildAtRisk = draft.ChildAtRisk,
            Platform = draft.Platform,
            Address = draft.Address,
            DeviceLocation = draft.DeviceLocation,
            HappenedDay = FormDate.Part(draft.HappenedOn, 'd'),
            HappenedMonth = FormDate.Part(draft.HappenedOn, 'm'),
            HappenedYear = FormDate.Part(draft.HappenedOn, 'y'),
            FoundDay = FormDate.Part(draft.FoundOn, 'd'),
            FoundMonth = FormDate.Part(draft.FoundOn, 'm'),
            FoundYear = FormDate.Part(draft.FoundOn, 'y'),
            IsIndecentImages = draft.Category == ConcernCategory.IndecentImagesOfChildren,
        };
    }
}
