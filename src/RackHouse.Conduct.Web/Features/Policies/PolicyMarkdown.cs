using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RackHouse.Conduct.Web.Features.Policies;

/// <summary>Turns a policy's Markdown into safe HTML with a contents list. Raw HTML in the text is shown as text,
/// and the output is sanitised as well, so a script typed into a policy never runs. Headings move down one level
/// (# becomes h2) because the page itself has the one h1.</summary>
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
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + 1);
        }

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
