using System.Text;
using Microsoft.AspNetCore.Http;
using Omega.Conformance.Soap;
using Omega.Proxy.Tests.Support;

namespace Omega.Hardening.Tests.Upstream;

/// <summary>
/// One way for the upstream to fail, and what the supplier must get: the upstream's own answer,
/// passed on as it came (<paramref name="Faithful"/>), or a clear SOAP Fault of the proxy with that status.
/// </summary>
internal sealed record UpstreamFault(string Name, int Status, bool Faithful, Func<HttpContext, Task>? Answer)
{
    private const string Xml = "text/xml; charset=utf-8";
    private const string Html = "text/html";

    private static readonly byte[] Response = RunningProxy.Example("ReponseWSVerifierRecevabiliteMHS");

    /// <summary>Filled in by <see cref="All"/>: the bytes a faithful answer carries.</summary>
    public byte[] Body { get; init; } = [];

    public static IReadOnlyList<UpstreamFault> All { get; } =
    [
        new("connection-refused", 502, Faithful: false, Answer: null),
        new("reset-before-answering", 502, Faithful: false, context =>
        {
            context.Abort();
            return Task.CompletedTask;
        }),
        new("reset-in-the-middle-of-the-answer", 502, Faithful: false, async context =>
        {
            context.Response.ContentType = Xml;
            context.Response.ContentLength = Response.Length;
            await context.Response.Body.WriteAsync(Response.AsMemory(0, Response.Length / 2));
            await context.Response.Body.FlushAsync();
            context.Abort();
        }),
        new("answer-shorter-than-its-content-length", 502, Faithful: false, async context =>
        {
            context.Response.ContentType = Xml;
            context.Response.ContentLength = Response.Length;
            await context.Response.Body.WriteAsync(Response.AsMemory(0, Response.Length / 2));
        }),
        new("slower-than-the-timeout", 504, Faithful: false, async context =>
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted)),
        Sending("fault-500", 500, SoapFault.Create(clientFault: false, "Service indisponible.")),
        Sending("unavailable-503", 503, SoapFault.Create(clientFault: false, "Service indisponible.")),
        Sending("200-that-is-not-xml", 200, Encoding.UTF8.GetBytes("<html><body>Bad gateway</body></html"), Html),
        Sending("200-with-a-truncated-envelope", 200, Response[..(Response.Length / 2)]),
    ];

    public static UpstreamFault Named(string name) => All.Single(fault => fault.Name == name);

    public override string ToString() => Name;

    private static UpstreamFault Sending(string name, int status, byte[] body, string contentType = Xml) =>
        new(name, status, Faithful: true, async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.Body.WriteAsync(body);
        })
        { Body = body };
}
