namespace Omega.Proxy.Tests.Support;

/// <summary>A JSON settings file for <c>--config</c>, deleted when disposed.</summary>
internal sealed class TempSettingsFile : IDisposable
{
    public TempSettingsFile(string json)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"omega-settings-{Guid.NewGuid():N}.json");
        File.WriteAllText(Path, json);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
