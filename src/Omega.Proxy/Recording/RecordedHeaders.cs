namespace Omega.Proxy.Recording;

/// <summary>
/// The HTTP headers worth keeping in a recording. Credentials never are: authorization, cookies,
/// and any header that carries a certificate or a token.
/// </summary>
internal static class RecordedHeaders
{
    private static readonly string[] SecretMarkers =
        ["authorization", "cookie", "cert", "token", "secret", "password", "api-key"];

    public static Dictionary<string, string> Keep(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers)
    {
        var kept = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers)
        {
            if (!IsSecret(name))
            {
                kept[name] = string.Join(", ", values);
            }
        }

        return kept;
    }

    public static bool IsSecret(string name) =>
        Array.Exists(SecretMarkers, marker => name.Contains(marker, StringComparison.OrdinalIgnoreCase));
}
