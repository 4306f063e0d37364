using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Omega.Conformance.Report;

namespace Omega.Proxy.Report;

/// <summary>
/// Renders a report of recordings as one self-contained HTML page with Razor components: the
/// style is inline, the diagrams are inline SVG, and every recorded text is HTML-encoded by the
/// renderer, so hostile text in a recording shows as text.
/// </summary>
internal static class HtmlReport
{
    private static readonly Lazy<string> LazyStyle = new(LoadStyle);

    /// <summary>The page's style sheet, embedded in the assembly.</summary>
    public static string Style => LazyStyle.Value;

    public static async Task<string> RenderAsync(
        RecordingsReport report, SpecificationCoverage coverage, string sources)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(coverage);
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(ReportPage.Report)] = report,
                [nameof(ReportPage.Coverage)] = coverage,
                [nameof(ReportPage.Sources)] = sources,
            });
            var page = await renderer.RenderComponentAsync<ReportPage>(parameters);
            return page.ToHtmlString();
        });
    }

    private static string LoadStyle()
    {
        using var stream = typeof(HtmlReport).Assembly.GetManifestResourceStream("Omega.Proxy.Report.report.css")
            ?? throw new InvalidOperationException("the report's style sheet is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
