using System.Net;
using Microsoft.Extensions.Logging;
using Omega.Proxy.Hosting;
using Omega.Proxy.Telemetry;

namespace Omega.Proxy.Admin;

/// <summary>The proxy's own endpoints under /_omega: health and metrics, for the loopback only by default.</summary>
internal static class AdminEndpoints
{
    public const string Prefix = "/_omega";

    public static void MapAdmin(this WebApplication app, ProxyOptions options, ProxyHealth health)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(Prefix) && !options.AdminAllowRemote
                && !IsLoopback(context.Connection.RemoteIpAddress))
            {
                Log.AdminRefused(app.Logger, context.Request.Path, context.Connection.RemoteIpAddress?.ToString());
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            await next(context);
        });

        app.MapGet(Prefix + "/health", () => Results.Json(health.Report(), statusCode: StatusCodes.Status200OK));
        app.MapPrometheusScrapingEndpoint(Prefix + "/metrics");
    }

    private static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);
}
