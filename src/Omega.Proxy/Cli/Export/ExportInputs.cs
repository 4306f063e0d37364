namespace Omega.Proxy.Cli.Export;

/// <summary>What a format's writer may need besides the dialogue.</summary>
/// <param name="Profile">The target profile given with --profile, or null for the default.</param>
/// <param name="Warn">Where the writer tells, one line each, what it could not carry over.</param>
internal sealed record ExportInputs(string? Profile, Action<string> Warn);
