namespace Omega.Features.Targets;

/// <summary>
/// The supplier's TLS client certificate, as a PFX file and the environment variable holding its password.
/// </summary>
public sealed record ClientCertificate(string File, string? PasswordVariable = null);
