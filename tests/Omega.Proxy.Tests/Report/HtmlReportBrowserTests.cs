using Microsoft.Playwright;

namespace Omega.Proxy.Tests.Report;

/// <summary>The HTML report as a reader sees it: rendered by a real browser, Debian's chromium.</summary>
public sealed class HtmlReportBrowserTests(ReportInChromium report) : IClassFixture<ReportInChromium>
{
    [Fact]
    public async Task Report_InChromium_DrawsEachDialogueWithThreeLanesAndOneElementPerMessage()
    {
        var page = await report.OpenAsync();

        var diagrams = page.Locator("svg.sequence");
        Assert.Equal(report.Dialogues.Count, await diagrams.CountAsync());
        for (var i = 0; i < report.Dialogues.Count; i++)
        {
            var diagram = diagrams.Nth(i);
            var exchanges = report.Dialogues[i].Exchanges.Count;
            var lanes = await diagram.Locator(".lane text").AllTextContentsAsync();
            Assert.Equal(["Supplier", "omega proxy", "OMEGA"], lanes);
            Assert.Equal(exchanges, await diagram.Locator(".message.request").CountAsync());
            Assert.Equal(exchanges, await diagram.Locator(".message.answer").CountAsync());
            var drawn = await diagram.Locator(".message.request").First.BoundingBoxAsync();
            Assert.True(drawn is { Width: > 100, Height: > 10 }, $"the first message of diagram {i + 1} is not drawn");
        }

        var operations = await diagrams.First.Locator(".message.request").EvaluateAllAsync<string[]>(
            "elements => elements.map(e => e.dataset.operation)");
        Assert.Equal(report.Dialogues[0].Exchanges.Select(e => e.Manifest.Operation), operations);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Report_InChromium_RequestsNothingButItsOwnFile()
    {
        var page = await report.OpenAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var own = new Uri(report.File).AbsoluteUri;
        Assert.All(report.Requests, url => Assert.Equal(own, url));
        Assert.NotEmpty(report.Requests);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Report_HostileTextInARecording_ShowsAsTextAndRunsNothing()
    {
        var page = await report.OpenAsync();

        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));
        Assert.Equal(0, await page.Locator("script, img, iframe, body svg [onload]").CountAsync());
        var failed = page.Locator(".exchange-card.fail");
        Assert.Equal(1, await failed.CountAsync());
        var violation = await failed.Locator("table.violations td").AllTextContentsAsync();
        Assert.Contains(ReportInChromium.Hostile, violation);
        var answer = await failed.Locator("q").TextContentAsync();
        Assert.Contains(ReportInChromium.Hostile, answer, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Report_FailedExchange_StandsOutAndItsBodiesOpenOnClick()
    {
        var page = await report.OpenAsync();

        Assert.Equal("1", await page.Locator(".tile.bad b").First.TextContentAsync());
        var diagramFailure = page.Locator("svg.sequence .exchange.fail");
        Assert.Equal(1, await diagramFailure.CountAsync());
        await diagramFailure.ClickAsync();
        var card = page.Locator(".exchange-card:target");
        Assert.Contains("CreerDemandeMHS", await card.Locator("h3").TextContentAsync(), StringComparison.Ordinal);
        var body = card.Locator("details.body pre").Last;
        Assert.False(await body.IsVisibleAsync());
        await card.Locator("details.body summary").Last.ClickAsync();
        Assert.True(await body.IsVisibleAsync());
        Assert.Contains("<ReponseWSCreerDemandeMHS", await body.TextContentAsync(), StringComparison.Ordinal);
        await page.CloseAsync();
    }
}
