namespace Omega.Conformance.Services.Mhs.Rules;

/// <summary>
/// Who asks for the MHS (DonneesTypeDemande/FournisseurMHS): the supplier (MHS-F) or the client (MHS-C).
/// </summary>
internal enum MhsInitiative
{
    /// <summary>FournisseurMHS is absent or no boolean: the schema says so, the initiative rules stay silent.</summary>
    Unknown,
    Fournisseur,
    Client,
}
