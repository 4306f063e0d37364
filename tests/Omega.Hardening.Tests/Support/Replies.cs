namespace Omega.Hardening.Tests.Support;

/// <summary>What a supplier reads of the proxy's answer.</summary>
internal static class Replies
{
    public static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(',', values) : string.Empty;
}
