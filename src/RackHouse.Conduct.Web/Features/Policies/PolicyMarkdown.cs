using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RackHouse.Conduct.Web.Features.Policies;

/// <summary>Turns a policy's Markdown into safe HTML with a contents list. Raw HTML in the text is shown as text,
/// and the output is sanitised as well, so a script typed into a policy never runs.</summary>
public static class PolicyMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static RenderedPolicy Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var contents = document.Descendants<HeadingBlock>()
            .Where(h => h.Level == 2)
            .Select(h => new PolicyHeading(h.GetAttributes().Id ?? string.Empty, PlainText(h.Inline)))
            .Where(h => h.Id.Length > 0)
            .ToList();
        var html = Sanitizer.Sanitize(document.ToHtml(Pipeline));
        return new RenderedPolicy(html, contents);
    }

    private static string PlainText(ContainerInline? inline) =>
        inline is null ? string.Empty : string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        return sanitizer;
    }
}
