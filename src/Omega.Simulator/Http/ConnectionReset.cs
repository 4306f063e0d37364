using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Omega.Simulator.Http;

/// <summary>
/// Resets the connection of a call when the simulator asks for it. WireMock's own faults send bytes
/// (an empty or garbled answer); a reset needs the connection, which only a middleware holds.
/// </summary>
internal static class ConnectionReset
{
    private static readonly AsyncLocal<Request?> Current = new();

    /// <summary>Marks the call in progress for a reset once WireMock is done with it.</summary>
    public static void RequestForCurrentCall()
    {
        if (Current.Value is { } request)
        {
            request.Reset = true;
        }
    }

    /// <summary>Installs the middleware; WireMock hands its application builder as an object.</summary>
    public static void Install(object app)
    {
        if (app is not IApplicationBuilder builder)
        {
            return;
        }

        builder.Use(async (HttpContext context, RequestDelegate next) =>
        {
            var request = new Request();
            Current.Value = request;
            await next(context);
            if (request.Reset)
            {
                context.Abort();
            }
        });
    }

    private sealed class Request
    {
        public bool Reset { get; set; }
    }
}
