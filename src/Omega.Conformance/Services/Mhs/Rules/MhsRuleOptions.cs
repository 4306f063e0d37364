namespace Omega.Conformance.Services.Mhs.Rules;

/// <summary>What a user may tune in the MHS rules.</summary>
public sealed record MhsRuleOptions
{
    public static MhsRuleOptions Default { get; } = new();

    /// <summary>
    /// A .NET regular expression the whole NumeroPCE must match, replacing the built-in check
    /// (14 digits, or GI followed by 6 digits); null keeps the built-in check.
    /// </summary>
    public string? NumeroPcePattern { get; init; }
}
