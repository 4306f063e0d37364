using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Omega.Proxy.Tests.Support;

/// <summary>
/// Debian's chromium driven by Playwright: the browser installed on the machine, never one
/// Playwright would download; headless, in a fresh profile. Every request a page makes is kept,
/// and any but a local file's is refused, so nothing leaves the machine.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowserContext _context;
    private readonly string _profile;

    private HeadlessChromium(IPlaywright playwright, IBrowserContext context, string profile)
    {
        _playwright = playwright;
        _context = context;
        _profile = profile;
    }

    /// <summary>The URL of every request the pages made, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        var profile = Directory.CreateTempSubdirectory("omega-chromium-").FullName;
        var playwright = await Playwright.CreateAsync();
        var options = new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = Flags,
        };
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, options);
        var chromium = new HeadlessChromium(playwright, context, profile);
        context.Request += (_, request) => chromium.Requests.Enqueue(request.Url);
        await context.RouteAsync("**/*", route => route.Request.Url.StartsWith("file:", StringComparison.Ordinal)
            ? route.ContinueAsync()
            : route.AbortAsync());
        return chromium;
    }

    public async Task<IPage> OpenAsync(string file)
    {
        var page = await _context.NewPageAsync();
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        _playwright.Dispose();
        Directory.Delete(_profile, recursive: true);
    }
}
