namespace Omega.Hardening.Tests.HostileInput;

/// <summary>
/// One hostile envelope and the verdict it must get: the rule it is reported under, or none when it
/// is harmless and judged on its content. <paramref name="ProxyRule"/> differs where the proxy knows
/// more than a file on disk (the HTTP Content-Type).
/// </summary>
internal sealed record HostileCase(
    string Name,
    string? Rule,
    Func<OutsideWorld, byte[]> Build,
    string ContentType = HostileCase.Soap11,
    string? ProxyRule = null)
{
    public const string Soap11 = "text/xml; charset=utf-8";

    /// <summary>The rule the proxy reports it under.</summary>
    public string? RuleThroughTheProxy => ProxyRule ?? Rule;

    public override string ToString() => Name;
}
