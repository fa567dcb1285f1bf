using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace RackHouse.Conduct.Web.Infrastructure.Mvc;

/// <summary>GOV.UK error summary: every error of the form, each linked to its field, in the order the fields are
/// declared on the form (the order they appear on the page). Renders nothing when the form is valid.</summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>The fields in the order the page shows them, for fields that are not properties of the model (such as
    /// one checkbox per statement).</summary>
    [HtmlAttributeName("order")]
    public IEnumerable<string>? PageOrder { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var errors = ViewContext.ViewData.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .Select(entry => (Field: entry.Key, Message: entry.Value!.Errors[0].ErrorMessage))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        // ModelState does not keep the order errors were added in, so follow the form's own property order;
        // errors about the whole form (no field) come first. ModelState keys are case-insensitive and keep the case
        // of the action's parameter ("form.Code"), but ids are not: link to the field's name as the form declares it.
        var fields = PageOrder?.ToList() ?? DeclaredFields(ViewContext.ViewData.ModelMetadata, string.Empty, depth: 0);
        errors = errors
            .Select(e => (Position: Position(fields, e.Field), e.Field, e.Message))
            .OrderBy(e => e.Position)
            .Select(e => (Field: e.Position is >= 0 and < int.MaxValue ? fields[e.Position] : e.Field, e.Message))
            .ToList();

        var enc = HtmlEncoder.Default;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        var items = string.Concat(errors.Select(e => e.Field.Length == 0
            ? $"<li>{enc.Encode(e.Message)}</li>"
            : $"<li><a href=\"#{TagBuilder.CreateSanitizedId(e.Field, "_")}\">{enc.Encode(e.Message)}</a></li>"));
        output.Content.SetHtmlContent(
            "<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>" +
            $"<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">{items}</ul></div></div>");
    }

    private static int Position(List<string> fieldOrder, string field)
    {
        if (field.Length == 0)
        {
            return -1;
        }

        var index = fieldOrder.FindIndex(name => string.Equals(name, field, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : int.MaxValue;
    }

    private static List<string> DeclaredFields(ModelMetadata metadata, string prefix, int depth)
    {
        var names = new List<string>();
        foreach (var property in metadata.Properties)
        {
            var name = prefix.Length == 0 ? property.PropertyName! : $"{prefix}.{property.PropertyName}";
            names.Add(name);
            if (property.IsComplexType && !property.IsEnumerableType && depth < 2)
            {
                names.AddRange(DeclaredFields(property, name, depth + 1));
            }
        }

        return names;
    }
}
