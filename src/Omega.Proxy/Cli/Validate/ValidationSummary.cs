namespace Omega.Proxy.Cli.Validate;

/// <summary>The counts of one <c>omega validate</c> run.</summary>
internal sealed record ValidationSummary(int Files, int Conformant, int Unreadable)
{
    public int NotConformant => Files - Conformant - Unreadable;
}
