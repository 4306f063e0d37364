using Omega.Conformance.Services;

namespace Omega.Conformance.Storage;

/// <summary>
/// What a request says of the dialogue it belongs to: its supplier, its PCE, its demand number, its step.
/// </summary>
public sealed record DialogueKeys(string? NumeroCad, string? NumeroPce, string? NumeroDemande, OperationRole? Role)
{
    /// <summary>The key of a dialogue found by its NumeroDemande.</summary>
    public string? DemandeKey => string.IsNullOrEmpty(NumeroDemande) ? null : "demande:" + NumeroDemande;

    /// <summary>The key of a dialogue found by its supplier and PCE until OMEGA numbers it.</summary>
    public string? PceKey => string.IsNullOrEmpty(NumeroPce) ? null : "pce:" + NumeroCad + "|" + NumeroPce;
}
