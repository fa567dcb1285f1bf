using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace RackHouse.Conduct.BrowserTests.Infrastructure;

/// <summary>Runs axe-core in the page against WCAG 2.2 A and AA (its WCAG 2.2 rules are off unless asked for).</summary>
public static class Axe
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = RunOnlyOptions.Tags("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"),
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Fails with every violation's rule, impact, advice and the selectors of the elements at fault.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(WcagAa);
        if (result.Violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder($"axe found {result.Violations.Length} accessibility violation(s) on {page.Url}:");
        foreach (var violation in result.Violations)
        {
            report.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine().Append($"    {node.Target}  {node.Html}");
            }
        }

        Assert.Fail(report.ToString());
    }
}
