using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace RackHouse.Conduct.Web.Infrastructure.Mvc;

/// <summary>A GOV.UK text input with its label, hint and error message, bound to a form property:
/// <c>&lt;govuk-input asp-for="Email" label="Email address" type="email" autocomplete="email" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = string.Empty;

    public string? Hint { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>A GOV.UK width class suffix such as "20" or "10"; empty for full width.</summary>
    public string? Width { get; set; }

    /// <summary>Digits only, with a numeric keypad on phones (GOV.UK's pattern for codes and numbers).</summary>
    public bool Numeric { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var error = FieldErrors.FirstMessage(ViewContext.ViewData.ModelState, name);
        var attempted = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry.AttemptedValue : null;
        var value = Type == "password" ? null : attempted ?? For.Model?.ToString();
        var describedBy = new List<string>();
        var enc = HtmlEncoder.Default;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        var html = new System.Text.StringBuilder();
        html.Append($"<label class=\"govuk-label\" for=\"{id}\">{enc.Encode(Label)}</label>");
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

        var classes = "govuk-input" + (string.IsNullOrEmpty(Width) ? string.Empty : $" govuk-input--width-{Width}") + (error is null ? string.Empty : " govuk-input--error");
        html.Append($"<input class=\"{classes}\" id=\"{id}\" name=\"{enc.Encode(name)}\" type=\"{enc.Encode(Type)}\"");
        if (value is not null)
        {
            html.Append($" value=\"{enc.Encode(value)}\"");
        }

        if (Autocomplete is not null)
        {
            html.Append($" autocomplete=\"{enc.Encode(Autocomplete)}\"");
        }

        if (Numeric)
        {
            html.Append(" inputmode=\"numeric\"");
        }

        if (Type is "email" or "password" || Numeric)
        {
            html.Append(" spellcheck=\"false\"");
        }

        if (describedBy.Count > 0)
        {
            html.Append($" aria-describedby=\"{string.Join(' ', describedBy)}\"");
        }

        html.Append('>');
        output.Content.SetHtmlContent(html.ToString());
    }
}
