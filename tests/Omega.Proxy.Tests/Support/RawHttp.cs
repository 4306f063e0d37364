using System.Net.Sockets;
using System.Text;

namespace Omega.Proxy.Tests.Support;

/// <summary>HTTP spoken by hand over a socket, for what an HttpClient would not send: a body that never ends.</summary>
internal static class RawHttp
{
    /// <summary>Reads the proxy's answer up to the end of its SOAP Fault, or until it hangs up.</summary>
    public static async Task<string> ReadHeadAndFaultAsync(NetworkStream stream, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[16 * 1024];
        var text = new StringBuilder();
        while (!text.ToString().Contains("</soapenv:Envelope>", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, cancel.Token);
            if (read == 0)
            {
                break;
            }

            text.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        return text.ToString();
    }
}
