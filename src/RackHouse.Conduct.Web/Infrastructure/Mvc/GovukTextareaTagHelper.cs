using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace RackHouse.Conduct.Web.Infrastructure.Mvc;

/// <summary>A GOV.UK textarea with its label, hint and error message, bound to a form property:
/// <c>&lt;govuk-textarea asp-for="Body" label="Text" rows="20" /&gt;</c>. With <c>preview="id"</c> the page's script
/// renders the text live into the element with that id.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper : GovukFieldTagHelper
{
    public int Rows { get; set; } = 5;

    public string? Preview { get; set; }

    protected override string LabelClass => "govuk-label govuk-label--s";

    protected override void AppendControl(StringBuilder html, FieldState field)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(field);
        html.Append($"<textarea class=\"govuk-textarea{(field.HasError ? " govuk-textarea--error" : string.Empty)}\" id=\"{field.Id}\" name=\"{Encoder.Encode(field.Name)}\" rows=\"{Rows}\" spellcheck=\"true\"");
        if (Preview is not null)
        {
            html.Append($" data-preview=\"{Encoder.Encode(Preview)}\"");
        }

        if (field.DescribedBy is not null)
        {
            html.Append($" aria-describedby=\"{field.DescribedBy}\"");
        }

        html.Append('>').Append(Encoder.Encode(field.Value ?? string.Empty)).Append("</textarea>");
    }
}
