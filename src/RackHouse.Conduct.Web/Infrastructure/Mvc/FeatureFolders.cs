using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Razor;

namespace RackHouse.Conduct.Web.Infrastructure.Mvc;

/// <summary>Views live beside their controller: a controller in namespace ...Features.Admin.Settings finds its views
/// in Features/Admin/Settings; shared views live in Features/Shared.</summary>
public sealed class FeatureFolders : IControllerModelConvention, IViewLocationExpander
{
    private const string Key = "feature-folder";
    private const string Root = "RackHouse.Conduct.Web.Features.";

    public void Apply(ControllerModel controller)
    {
        ArgumentNullException.ThrowIfNull(controller);
        var ns = controller.ControllerType.Namespace ?? string.Empty;
        if (ns.StartsWith(Root, StringComparison.Ordinal))
        {
            controller.Properties[Key] = "/Features/" + ns[Root.Length..].Replace('.', '/');
        }
    }

    public void PopulateValues(ViewLocationExpanderContext context)
    {
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ActionContext.ActionDescriptor.Properties.TryGetValue(Key, out var folder))
        {
            yield return $"{folder}/{{0}}.cshtml";
        }

        yield return "/Features/Shared/{0}.cshtml";
    }
}
