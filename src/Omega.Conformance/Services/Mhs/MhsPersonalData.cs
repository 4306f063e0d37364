namespace Omega.Conformance.Services.Mhs;

/// <summary>
/// The fields of the MHS messages that describe the end customer or the person to contact on site:
/// names, phones, e-mail, access codes and free comments, which may hold anything.
/// </summary>
internal static class MhsPersonalData
{
    private const string Customer = "Demande/DonneesTypeDemande/Contrat/UtilisateurFinal/";
    private const string Contact = "Demande/ContactIntervention/";

    public static IReadOnlyList<string> Paths { get; } =
    [
        Customer + "Nom",
        Customer + "Prenom",
        Customer + "RaisonSociale",
        Customer + "CodeSIRET",
        Customer + "TelephonePortable",
        Customer + "TelephoneFixe",
        Customer + "eMail",
        Contact + "Nom",
        Contact + "Telephone",
        Contact + "CodeAcces",
        Contact + "ComplementAdresse",
        "Demande/Commentaire",
        "Demande/DonneesFournisseur/CommentaireFournisseur",
    ];
}
