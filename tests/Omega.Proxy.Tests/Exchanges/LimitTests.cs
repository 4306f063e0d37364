using System.Net.Sockets;
using System.Text;
using Omega.Proxy.Tests.Support;

namespace Omega.Proxy.Tests.Exchanges;

/// <summary>
/// The envelope limit, over a raw socket: the supplier sends only part of a huge body and never the
/// rest, so an answer proves the proxy did not wait to hold the whole body.
/// </summary>
public sealed class LimitTests
{
    private const int Limit = 64 * 1024;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_BodyOverTheLimit_GetsA413FaultBeforeTheBodyIsEvenComplete(bool declaresLength)
    {
        await using var upstream = await FakeUpstream.StartAsync();
        await using var proxy = await RunningProxy.StartAsync(
            upstream.Address, o => o with { MaxEnvelopeBytes = Limit });
        using var client = new TcpClient();
        await client.ConnectAsync(proxy.Address.Host, proxy.Address.Port);
        var stream = client.GetStream();

        var framing = declaresLength ? "Content-Length: 268435456" : "Transfer-Encoding: chunked";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /CreerDemandeMHS HTTP/1.1\r\nHost: omega\r\nContent-Type: text/xml\r\n{framing}\r\n\r\n"));
        await SendPartOfTheBodyAsync(stream, declaresLength, Limit * 4);
        var answer = await RawHttp.ReadHeadAndFaultAsync(stream, TimeSpan.FromSeconds(10));

        Assert.StartsWith("HTTP/1.1 413", answer, StringComparison.Ordinal);
        Assert.Contains("larger than 65536 bytes", answer, StringComparison.Ordinal);
        Assert.Empty(upstream.Received);
    }

    private static async Task SendPartOfTheBodyAsync(NetworkStream stream, bool declaresLength, int bytes)
    {
        var chunk = new byte[8 * 1024];
        chunk.AsSpan().Fill((byte)'x');
        for (var sent = 0; sent < bytes; sent += chunk.Length)
        {
            if (!declaresLength)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{chunk.Length:X}\r\n"));
            }

            await stream.WriteAsync(chunk);
            if (!declaresLength)
            {
                await stream.WriteAsync("\r\n"u8.ToArray());
            }
        }
    }
}
