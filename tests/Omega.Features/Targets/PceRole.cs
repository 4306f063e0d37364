namespace Omega.Features.Targets;

/// <summary>A real PCE of the target for a role, and what OMEGA's referential knows of it.</summary>
/// <param name="NumeroPce">The PCE's number.</param>
/// <param name="Frequency">6M, 1M, MM, JJ or JM, when known: the rules that need the PCE read it.</param>
/// <param name="Access">PO, PNO or IAS, when known.</param>
/// <param name="CodePostal">The CodePostal to send with it, when not the supplier's.</param>
public sealed record PceRole(
    string NumeroPce, string? Frequency = null, string? Access = null, string? CodePostal = null);
