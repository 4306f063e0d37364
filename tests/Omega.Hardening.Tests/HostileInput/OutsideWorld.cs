using System.Net;
using System.Net.Sockets;

namespace Omega.Hardening.Tests.HostileInput;

/// <summary>
/// What a hostile envelope points its entities at: a file holding a marker that must never show in
/// any output, and a listener on the loopback that must never be connected to.
/// </summary>
internal sealed class OutsideWorld : IDisposable
{
    public const string Marker = "marker-3e9d-read-from-disk";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public OutsideWorld()
    {
        SecretFile = Path.Combine(Path.GetTempPath(), $"omega-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(SecretFile, Marker);
        _listener.Start();
    }

    public string SecretFile { get; }

    public Uri FileUri => new(SecretFile);

    /// <summary>An address on the loopback nobody should open a connection to.</summary>
    public string NetworkUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/omega";

    /// <summary>True when anything connected to <see cref="NetworkUrl"/>.</summary>
    public bool WasContacted => _listener.Pending();

    public void Dispose()
    {
        _listener.Stop();
        _listener.Dispose();
        File.Delete(SecretFile);
    }
}
