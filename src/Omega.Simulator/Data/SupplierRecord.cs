namespace Omega.Simulator.Data;

/// <summary>A supplier known to the simulated OMEGA, by its NumeroCAD, and the state of its CAD.</summary>
/// <param name="Cad">The NumeroCAD.</param>
/// <param name="State">"actif", or anything else for "Etat du CAD invalide.".</param>
public sealed record SupplierRecord(string Cad, string State = SupplierRecord.Active)
{
    public const string Active = "actif";

    public bool IsActive => State == Active;
}
