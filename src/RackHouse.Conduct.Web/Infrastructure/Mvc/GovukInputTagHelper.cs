using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace RackHouse.Conduct.Web.Infrastructure.Mvc;

/// <summary>A GOV.UK text input with its label, hint and error message, bound to a form property:
/// <c>&lt;govuk-input asp-for="Email" label="Email address" type="email" autocomplete="email" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : GovukFieldTagHelper
{
    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>A GOV.UK width class suffix such as "20" or "10"; empty for full width.</summary>
    public string? Width { get; set; }

    /// <summary>Digits only, with a numeric keypad on phones (GOV.UK's pattern for codes and numbers).</summary>
    public bool Numeric { get; set; }

    protected override void AppendControl(StringBuilder html, FieldState field)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(field);
        var classes = "govuk-input" + (string.IsNullOrEmpty(Width) ? string.Empty : $" govuk-input--width-{Width}") + (field.HasError ? " govuk-input--error" : string.Empty);
        html.Append($"<input class=\"{classes}\" id=\"{field.Id}\" name=\"{Encoder.Encode(field.Name)}\" type=\"{Encoder.Encode(Type)}\"");
        if (Type != "password" && field.Value is not null)
        {
            html.Append($" value=\"{Encoder.Encode(field.Value)}\"");
        }

        if (Autocomplete is not null)
        {
            html.Append($" autocomplete=\"{Encoder.Encode(Autocomplete)}\"");
        }

        if (Numeric)
        {
            html.Append(" inputmode=\"numeric\"");
        }

        if (Type is "email" or "password" || Numeric)
        {
            html.Append(" spellcheck=\"false\"");
        }

        if (field.DescribedBy is not null)
        {
            html.Append($" aria-describedby=\"{field.DescribedBy}\"");
        }

        html.Append('>');
    }
}
