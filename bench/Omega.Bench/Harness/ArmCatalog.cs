using System.Globalization;
using System.Net.Http.Json;

namespace Omega.Bench.Harness;

/// <summary>
/// The arms of a run, in the order they are measured: bare YARP first, since the paced rate of every
/// arm is half of its saturation.
/// </summary>
internal static class ArmCatalog
{
    public const string BareYarp = "bare-yarp";
    public const string Direct = "direct";
    public const string ObserveNoRecord = "omega-observe-norecord";
    public const string ObserveRecord = "omega-observe-record";
    public const string Enforce = "omega-enforce";
    public const string Mitmproxy = "mitmproxy";
    public const string Mountebank = "mountebank";

    public static int UpstreamPort => BenchSettings.PortBase + 1;

    public static IReadOnlyList<Arm> All(BenchSettings settings) =>
    [
        new(BareYarp, "bare YARP", BenchSettings.PortBase + 2, settings.BareYarp,
            (upstream, _) => [$"http://127.0.0.1:{BenchSettings.PortBase + 2}", upstream.AbsoluteUri],
            AllocationSource.BareYarpEndpoint),
        new(Direct, "direct (no proxy)", UpstreamPort, null, (_, _) => []),
        Omega(settings, ObserveNoRecord, "omega observe, no recording", BenchSettings.PortBase + 3,
            ["--mode", "observe", "--no-record"], recording: false),
        Omega(settings, ObserveRecord, "omega observe, recording (file store)", BenchSettings.PortBase + 4,
            ["--mode", "observe"], recording: true),

        // Another recording store is one more arm here: the one above with "--store", URL instead of
        // "--record" (for PostgreSQL, a server started as StoreBenchmarks does, pinned to the load core).
        Omega(settings, Enforce, "omega enforce, recording", BenchSettings.PortBase + 5,
            ["--mode", "enforce"], recording: true),
        new(Mitmproxy, "mitmproxy reverse, writing flows", BenchSettings.PortBase + 6, "mitmdump",
            (upstream, folder) =>
            [
                "--mode", $"reverse:{upstream.AbsoluteUri.TrimEnd('/')}", "--listen-host", "127.0.0.1",
                "--listen-port", (BenchSettings.PortBase + 6).ToString(CultureInfo.InvariantCulture),
                "--save-stream-file", Path.Combine(folder, "flows.mitm"), "--quiet",
            ],
            Output: "flows.mitm"),
        new(Mountebank, "mountebank proxyAlways", BenchSettings.PortBase + 7, "node",
            (_, folder) =>
            [
                settings.Mountebank, "start",
                "--port", (BenchSettings.PortBase + 8).ToString(CultureInfo.InvariantCulture),
                "--loglevel", "warn", "--nologfile", "--pidfile", Path.Combine(folder, "mb.pid"),
            ])
        {
            AdminPort = BenchSettings.PortBase + 8,
            Configure = CreateImposterAsync,
        },
    ];

    private static Arm Omega(
        BenchSettings settings, string name, string title, int port, string[] flags, bool recording) =>
        new(name, title, port, settings.Omega,
            (upstream, folder) =>
            [
                "proxy", "--upstream", upstream.AbsoluteUri, "--listen", $"http://127.0.0.1:{port}",
                .. flags, .. recording ? ["--record", Path.Combine(folder, "recordings")] : Array.Empty<string>(),
            ],
            AllocationSource.OmegaMetrics,
            JudgesVerdicts: true,
            Output: recording ? "recordings" : null);

    /// <summary>
    /// A proxyAlways imposter that records every answer under a predicate on the request's NumeroPCE,
    /// read by XPath: one URL serves every SOAP operation, so the body is what tells two calls apart.
    /// </summary>
    private static async Task CreateImposterAsync(Arm arm, Uri upstream, CancellationToken cancel)
    {
        using var admin = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{arm.AdminPort}") };
        var imposter = new
        {
            port = arm.Port,
            protocol = "http",
            stubs = new[]
            {
                new
                {
                    responses = new[]
                    {
                        new
                        {
                            proxy = new
                            {
                                to = upstream.AbsoluteUri.TrimEnd('/'),
                                mode = "proxyAlways",
                                predicateGenerators = new[]
                                {
                                    new
                                    {
                                        matches = new { body = true },
                                        xpath = new { selector = "//*[local-name()='NumeroPCE']" },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        };
        using var response = await admin.PostAsJsonAsync("/imposters", imposter, cancel);
        response.EnsureSuccessStatusCode();
    }
}
