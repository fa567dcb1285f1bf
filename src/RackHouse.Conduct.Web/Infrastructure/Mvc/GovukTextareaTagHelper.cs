using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace RackHouse.Conduct.Web.Infrastructure.Mvc;

/// <summary>A GOV.UK textarea with its label, hint and error message, bound to a form property:
/// <c>&lt;govuk-textarea asp-for="Body" label="Text" rows="20" /&gt;</c>. With <c>preview="id"</c> the page's script
/// renders the text live into the element with that id.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = string.Empty;

    public string? Hint { get; set; }

    public int Rows { get; set; } = 5;

    public string? Preview { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var error = FieldErrors.FirstMessage(ViewContext.ViewData.ModelState, name);
        var value = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is { } attempted
            ? attempted
            : For.Model?.ToString() ?? string.Empty;
        var describedBy = new List<string>();
        var enc = HtmlEncoder.Default;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        var html = new System.Text.StringBuilder();
        html.Append($"<label class=\"govuk-label govuk-label--s\" for=\"{id}\">{enc.Encode(Label)}</label>");
        if (Hint is not null)
        {
            describedBy.Add(id + "-hint");
            html.Append($"<div id=\"{id}-hint\" class=\"govuk-hint\">{enc.Encode(Hint)}</div>");
        }

        if (error is not null)
        {
            describedBy.Add(id + "-error");
            html.Append($"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {enc.Encode(error)}</p>");
        }

        html.Append($"<textarea class=\"govuk-textarea{(error is null ? string.Empty : " govuk-textarea--error")}\" id=\"{id}\" name=\"{enc.Encode(name)}\" rows=\"{Rows}\" spellcheck=\"true\"");
        if (Preview is not null)
        {
            html.Append($" data-preview=\"{enc.Encode(Preview)}\"");
        }

        if (describedBy.Count > 0)
        {
            html.Append($" aria-describedby=\"{string.Join(' ', describedBy)}\"");
        }

        html.Append('>').Append(enc.Encode(value)).Append("</textarea>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
