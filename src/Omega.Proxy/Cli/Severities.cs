using Omega.Conformance.Validation;

namespace Omega.Proxy.Cli;

/// <summary>How the command line writes a severity, in every report.</summary>
internal static class Severities
{
    public static string Name(Severity severity) => severity == Severity.Error ? "error" : "warning";
}
