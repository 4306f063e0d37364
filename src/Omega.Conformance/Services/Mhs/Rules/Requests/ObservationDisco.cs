namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>
/// The line OMEGA prints on the technician's Bon d'Intervention from ContactIntervention, as section
/// 3.3.1.2 composes it: each field cut to its room, joined by spaces, "MHS-F" first at the supplier's
/// initiative, where the address then has 48 characters instead of 53.
/// </summary>
internal static class ObservationDisco
{
    public const string Key = "ObservationDisco";
    public const string SupplierPrefix = "MHS-F";

    /// <summary>The fields of ContactIntervention that reach the Bon d'Intervention, in order.</summary>
    public static readonly string[] Fields = ["Nom", "CodeAcces", "ComplementAdresse"];

    /// <summary>How many characters of a field the Bon d'Intervention keeps.</summary>
    public static int Room(string field, MhsInitiative initiative) => field switch
    {
        "Nom" => 20,
        "CodeAcces" => 5,
        _ => initiative == MhsInitiative.Fournisseur ? 48 : 53,
    };

    public static string Compose(string nom, string codeAcces, string complementAdresse, MhsInitiative initiative)
    {
        var text = $"{Cut(nom, Room("Nom", initiative))} {Cut(codeAcces, Room("CodeAcces", initiative))} "
            + $"{Cut(complementAdresse, Room("ComplementAdresse", initiative))}";
        return initiative == MhsInitiative.Fournisseur ? SupplierPrefix + " " + text : text;
    }

    private static ReadOnlySpan<char> Cut(string value, int room) => value.AsSpan(0, Math.Min(value.Length, room));
}
