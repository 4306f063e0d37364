namespace Omega.Conformance.Export.Features;

/// <summary>The PCE a target profile gives a role, and what OMEGA's referential knows of it.</summary>
/// <param name="NumeroPce">The PCE's number.</param>
/// <param name="Frequency">6M, 1M, MM, JJ or JM, when the profile says.</param>
/// <param name="Access">PO, PNO or IAS, when the profile says.</param>
public sealed record ProfilePce(string NumeroPce, string? Frequency = null, string? Access = null);
