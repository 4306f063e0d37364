using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Omega.Proxy.Admin;
using Omega.Proxy.Hosting;
using Omega.Proxy.Tests.Support;

namespace Omega.Hardening.Tests.Security;

/// <summary>
/// The admin endpoints answer the loopback only unless told otherwise: by default, whatever the
/// spelling of the path, and on the connection's address rather than on any header a client sends.
/// </summary>
public sealed class AdminExposureTests
{
    [Fact]
    public void Defaults_ListenOnTheLoopbackAndKeepAdminToIt()
    {
        var options = new ProxyOptions();

        Assert.Equal("http://127.0.0.1:5090", options.Listen);
        Assert.False(options.AdminAllowRemote);
    }

    [Theory]
    [InlineData("/_omega/health", "10.1.2.3", false)]
    [InlineData("/_OMEGA/Metrics", "10.1.2.3", false)]
    [InlineData("/_omega/health/", "192.168.0.7", false)]
    [InlineData("/_omega", "10.1.2.3", false)]
    [InlineData("/_omega/health", "::ffff:10.1.2.3", false)]
    [InlineData("/_omega/health", "2001:db8::1", false)]
    [InlineData("/_omega/health", "::ffff:127.0.0.1", true)]
    [InlineData("/_omega/health", "127.0.0.2", true)]
    [InlineData("/CreerDemandeMHS", "10.1.2.3", true)]
    public async Task AdminGuard_PathAndAddress_ReachTheEndpointOnlyFromTheLoopback(
        string path, string remote, bool reached)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        var passed = false;

        await AdminGuard.InvokeAsync(context, allowRemote: false, NullLogger.Instance, _ =>
        {
            passed = true;
            return Task.CompletedTask;
        });

        Assert.Equal(reached, passed);
    }

    [Fact]
    public async Task Health_ForwardedForHeaderNamingAnotherHost_IsJudgedOnTheConnectionItself()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        await using var proxy = await RunningProxy.StartAsync(upstream.Address);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_omega/health");
        request.Headers.Add("X-Forwarded-For", "10.1.2.3");
        request.Headers.Add("Forwarded", "for=10.1.2.3");

        using var response = await proxy.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
