using Omega.Conformance.Recording;

namespace Omega.Hardening.Tests.Support;

/// <summary>What a recordings folder holds, read back as <c>omega replay</c> reads it.</summary>
internal static class Recorded
{
    /// <summary>The one recorded exchange of that id, the id the proxy gave the supplier in X-Omega-Exchange.</summary>
    public static RecordedExchange Exchange(string recordings, string exchangeId) => Assert.Single(
        FileRecordingReader.Read([recordings]).SelectMany(d => d.Exchanges),
        e => e.Manifest.ExchangeId == exchangeId);

    /// <summary>Every file's text, to search it for a value that must not be there.</summary>
    public static string AllText(string recordings) => string.Concat(
        Directory.GetFiles(recordings, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
}
