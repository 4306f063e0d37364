namespace Omega.Proxy.Cli;

/// <summary>The exit codes of every omega command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything judged is conformant, or the command did its job.</summary>
    public const int Success = 0;

    /// <summary>Something judged is not conformant.</summary>
    public const int NotConformant = 1;

    /// <summary>Bad usage or an I/O error: a missing file, an unreadable XSD.</summary>
    public const int UsageOrIoError = 2;
}
