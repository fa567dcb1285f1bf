using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace RackHouse.Conduct.Web.Infrastructure.Mvc;

public static class FieldErrors
{
    public static string? FirstMessage(ModelStateDictionary modelState, string field)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
    }
}
