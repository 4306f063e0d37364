using System.Globalization;
using System.Net;
using Yarp.ReverseProxy.Forwarder;

// The bench's baseline: the same Kestrel and forwarder settings as omega's ProxyHost and Upstream,
// without validation, dialogue, recording, logging or metrics. Usage: BareYarp LISTEN_URL UPSTREAM_URL
if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: Omega.Bench.BareYarp LISTEN_URL UPSTREAM_URL");
    return 2;
}

var timeout = TimeSpan.FromSeconds(30);
var prefix = args[1].TrimEnd('/');
using var client = new HttpMessageInvoker(
    new SocketsHttpHandler
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        ConnectTimeout = timeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    },
    disposeHandler: true);

var builder = WebApplication.CreateSlimBuilder(
    new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseUrls(args[0]);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Logging.ClearProviders();
builder.Services.AddHttpForwarder();

var app = builder.Build();
var forwarder = app.Services.GetRequiredService<IHttpForwarder>();
var config = new ForwarderRequestConfig { ActivityTimeout = timeout };

// What the bench reads to count the bytes allocated per exchange, as omega's runtime metrics tell it.
app.MapGet("/_bench/allocated", () => GC.GetTotalAllocatedBytes().ToString(CultureInfo.InvariantCulture));
app.Map("/{**path}", async context =>
    await forwarder.SendAsync(context, prefix, client, config, HttpTransformer.Default));

await app.RunAsync();
return 0;
