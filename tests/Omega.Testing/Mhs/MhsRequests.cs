using System.Security;

namespace Omega.Testing.Mhs;

/// <summary>
/// Builds the supplier's SOAP 1.1 requests of the MHS service, valid against the shipped contract,
/// with the fields a test varies as parameters. The namespace is read from the contract.
/// </summary>
public static class MhsRequests
{
    public const string Cad = "GS9912";
    public const string Login = "jdemo";
    public const string Dn = "CN=fournisseur-demo.example, OU=OMEGA, O=Fournisseur Demo, C=FR";

    public static string Namespace => Contracts.Shipped.NamespaceOf("RequeteWSVerifierRecevabiliteMHS")!;

    public static string Verifier(string pce, string? codePostal = null, string cad = Cad, string login = Login) =>
        Envelope(
            "RequeteWSVerifierRecevabiliteMHS",
            Identity(cad, login) + Leaf("NumeroPCE", pce) + Optional("CodePostal", codePostal));

    /// <summary>A CreerDemandeMHS request at the client's initiative, option 1, unless told otherwise.</summary>
    public static string Creer(
        string pce,
        string? date = null,
        string? plage = null,
        string? codePostal = null,
        string telephone = "0478563412",
        string cad = Cad,
        string login = Login,
        bool fournisseurMhs = false,
        string option = "1")
    {
        var rdv = date is null ? string.Empty
            : "<PremierRdvDemande>" + Leaf("Date", date) + Optional("Plage", plage) + "</PremierRdvDemande>";
        var motif = fournisseurMhs ? Leaf("Motif", "21") : "<Motif/>";
        var demande = "<Demande>" + Leaf("TypeDemande", "MHS") + Leaf("NumeroPCE", pce) + Optional(
            "CodePostal", codePostal)
            + "<DonneesTypeDemande>" + Leaf("FournisseurMHS", fournisseurMhs ? "true" : "false") + motif
            + Leaf("OptionPrestation", option) + "</DonneesTypeDemande>" + rdv
            + "<ContactIntervention>" + Leaf("Nom", "Mme Roussel") + Leaf("Telephone", telephone)
            + "</ContactIntervention>"
            + "</Demande>";
        return Envelope("RequeteWSCreerDemandeMHS", Identity(cad, login) + demande);
    }

    public static string ProposerDatePlage(string numeroDemande, string date, string? plage = null) =>
        Rdv("ProposerDatePlage", numeroDemande, DatePlage(date, plage));

    public static string AccepterRdv(string numeroDemande, string date, string? plage = null) =>
        Rdv("AccepterRdv", numeroDemande, DatePlage(date, plage));

    /// <summary>"S" asks for the next page, "P" for the previous one.</summary>
    public static string DemanderPrecSuiv(string numeroDemande, string sens = "S") =>
        Rdv("DemanderPrecSuiv", numeroDemande, Leaf("Sens", sens));

    public static string AbandonnerRdv(string numeroDemande) => Rdv("AbandonnerRdv", numeroDemande, string.Empty);

    public static string AbandonnerDemande(string numeroDemande) => Rdv(
        "AbandonnerDemande", numeroDemande, string.Empty);

    /// <summary>Wraps a message in a SOAP 1.1 envelope.</summary>
    public static string Envelope(string root, string content) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
        + $"<{root} xmlns=\"{Namespace}\">{content}</{root}>"
        + "</soapenv:Body></soapenv:Envelope>";

    public static string Leaf(string name, string value) => $"<{name}>{SecurityElement.Escape(value)}</{name}>";

    private static string Optional(string name, string? value) => value is null ? string.Empty : Leaf(name, value);

    private static string Identity(string cad, string login) =>
        Leaf("DNEntreprise", Dn) + Leaf("NumeroCAD", cad) + "<Utilisateur>" + Leaf("Login", login) + "</Utilisateur>"
        + Leaf("NumeroVersion", "V10");

    private static string DatePlage(string date, string? plage) =>
        "<DatePlage>" + Leaf("Date", date) + Optional("Plage", plage) + "</DatePlage>";

    private static string Rdv(string operation, string numeroDemande, string content) =>
        Envelope("RequeteWS" + operation, Identity(Cad, Login) + Leaf("NumeroDemande", numeroDemande) + content);
}
