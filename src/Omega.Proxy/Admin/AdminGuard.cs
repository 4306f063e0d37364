using System.Net;
using Microsoft.Extensions.Logging;
using Omega.Proxy.Telemetry;

namespace Omega.Proxy.Admin;

/// <summary>Keeps /_omega/* for the loopback, unless the configuration opens it to other hosts.</summary>
internal static class AdminGuard
{
    public static Task InvokeAsync(HttpContext context, bool allowRemote, ILogger logger, RequestDelegate next)
    {
        var address = context.Connection.RemoteIpAddress;
        if (context.Request.Path.StartsWithSegments(AdminEndpoints.Prefix) && !allowRemote
            && (address is null || !IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)))
        {
            Log.AdminRefused(logger, context.Request.Path, address?.ToString());
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
