using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace RackHouse.Conduct.Web.Infrastructure.Mvc;

/// <summary>A GOV.UK form group bound to a form property: label, hint and error message, then the control a
/// subclass writes, described by the hint and the error.</summary>
public abstract class GovukFieldTagHelper : TagHelper
{
    protected static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = string.Empty;

    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    protected virtual string LabelClass => "govuk-label";

    public sealed override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var modelState = ViewContext.ViewData.ModelState;
        var error = FieldErrors.FirstMessage(modelState, name);
        var attempted = modelState.TryGetValue(name, out var entry) ? entry.AttemptedValue : null;
        var describedBy = new List<string>();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        var html = new StringBuilder();
        html.Append($"<label class=\"{LabelClass}\" for=\"{id}\">{Encoder.Encode(Label)}</label>");
        if (Hint is not null)
        {
            describedBy.Add(id + "-hint");
            html.Append($"<div id=\"{id}-hint\" class=\"govuk-hint\">{Encoder.Encode(Hint)}</div>");
        }

        if (error is not null)
        {
            describedBy.Add(id + "-error");
            html.Append($"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encoder.Encode(error)}</p>");
        }

        AppendControl(html, new FieldState(name, id, error is not null, attempted ?? For.Model?.ToString(), describedBy.Count == 0 ? null : string.Join(' ', describedBy)));
        output.Content.SetHtmlContent(html.ToString());
    }

    protected abstract void AppendControl(StringBuilder html, FieldState field);
}
