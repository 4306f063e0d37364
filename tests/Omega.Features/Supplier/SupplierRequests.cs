using Omega.Features.Targets;

namespace Omega.Features.Supplier;

/// <summary>
/// The supplier's requests of the MHS dialogue, made from the shipped examples with the profile's
/// identity, the scenario's NumeroVersion and PCE: conformant unless a step changes them after.
/// </summary>
public sealed class SupplierRequests(SupplierIdentity identity)
{
    /// <summary>The version the scenario speaks; the check is always V10 (section 3.2.1.1).</summary>
    public string Version { get; set; } = "V10";

    /// <summary>The NumeroCAD the requests carry: the supplier's, unless a scenario plays another.</summary>
    public string NumeroCad { get; set; } = identity.NumeroCad;

    public SupplierRequest Verifier(PceRole pce) =>
        Identified("VerifierRecevabiliteMHS", "V10")
            .Set("NumeroPCE", pce.NumeroPce)
            .Set("CodePostal", pce.CodePostal ?? identity.CodePostal ?? string.Empty);

    /// <summary>A creation at the client's initiative (option 1) or the supplier's (option 1, a motif).</summary>
    public SupplierRequest Creer(PceRole pce, Initiative initiative, RequestedSlot? slot)
    {
        var request = Identified("CreerDemandeMHS", Version)
            .Set("Demande/NumeroPCE", pce.NumeroPce)
            .Set("Demande/CodePostal", pce.CodePostal ?? identity.CodePostal ?? string.Empty)
            .Set("FournisseurMHS", initiative.BySupplier ? "true" : "false")
            .Set("Motif", initiative.Motif ?? string.Empty)
            .Set("OptionPrestation", initiative.Option);
        if (VersionNumber < 7)
        {
            // OMEGA reads the client's index from V7 on (section 3.3.1.1): before, it is left out.
            request.Remove("DateIndexClient").Remove("IndexClient");
        }

        if (slot is null)
        {
            return request.Remove("PremierRdvDemande");
        }

        request.Set("PremierRdvDemande/Date", slot.Date);
        return slot.Plage is { Length: > 0 } plage
            ? request.Set("PremierRdvDemande/Plage", plage)
            : request.Remove("PremierRdvDemande/Plage");
    }

    public SupplierRequest ProposerDatePlage(string numeroDemande, RequestedSlot slot) =>
        WithSlot(Rdv("ProposerDatePlage", numeroDemande), slot);

    public SupplierRequest AccepterRdv(string numeroDemande, RequestedSlot slot) =>
        WithSlot(Rdv("AccepterRdv", numeroDemande), slot);

    /// <summary>"S" asks for the next page, "P" for the previous one.</summary>
    public SupplierRequest DemanderPrecSuiv(string numeroDemande, string sens) =>
        Rdv("DemanderPrecSuiv", numeroDemande).Set("Sens", sens);

    public SupplierRequest AbandonnerRdv(string numeroDemande) => Rdv("AbandonnerRdv", numeroDemande);

    public SupplierRequest AbandonnerDemande(string numeroDemande) => Rdv("AbandonnerDemande", numeroDemande);

    private int VersionNumber => int.Parse(Version.TrimStart('V'), System.Globalization.CultureInfo.InvariantCulture);

    private SupplierRequest Rdv(string operation, string numeroDemande) =>
        Identified(operation, Version).Set("NumeroDemande", numeroDemande);

    private static SupplierRequest WithSlot(SupplierRequest request, RequestedSlot slot)
    {
        request.Set("DatePlage/Date", slot.Date);
        return slot.Plage is { Length: > 0 } plage
            ? request.Set("DatePlage/Plage", plage)
            : request.Remove("DatePlage/Plage");
    }

    private SupplierRequest Identified(string operation, string version) =>
        SupplierRequest.FromExample(operation)
            .Set("DNEntreprise", identity.DnEntreprise)
            .Set("NumeroCAD", NumeroCad)
            .Set("Utilisateur/Login", identity.Login)
            .Set("NumeroVersion", version);
}
