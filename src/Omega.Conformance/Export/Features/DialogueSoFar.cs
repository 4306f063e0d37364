using Omega.Conformance.Dialogue;

namespace Omega.Conformance.Export.Features;

/// <summary>Where the recorded dialogue stood before a call, as far as the words of its step depend on it.</summary>
/// <param name="Offered">What OMEGA's last answer offered to take.</param>
/// <param name="LastCode">OMEGA's last CodeRetour.</param>
/// <param name="DemandGiven">True once OMEGA gave a NumeroDemande.</param>
internal sealed record DialogueSoFar(IReadOnlyList<OfferedSlot> Offered, string? LastCode, bool DemandGiven);
