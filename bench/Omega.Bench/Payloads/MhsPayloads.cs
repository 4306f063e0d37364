using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Omega.Bench.Payloads;

/// <summary>
/// CreerDemandeMHS requests and OMEGA's answers to them, conformant to the contract and the rules, at
/// the bench's sizes. Everything is derived from the variant number, so two runs write the same bytes.
/// 1 KB is a creation at the customer's initiative with no appointment, answered with a Date Demandée;
/// 4 KB fills every field of the request and asks for a slot, answered with the 24 slots the schema
/// allows. 32 KB is past what a real MHS message weighs: the request gets there with long comments
/// (free text the schema does not bound, read by the XSD and pseudonymized), the answer with a signed
/// SOAP Header (a WS-Security token and signature, which omega reads but does not judge).
/// </summary>
internal sealed class MhsPayloads(string contractNamespace)
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Addressing = "http://www.w3.org/2005/08/addressing";
    private static readonly XNamespace Security =
        "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static readonly XNamespace Signature = "http://www.w3.org/2000/09/xmldsig#";
    private const string X509TokenProfile =
        "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0";

    private static readonly string[] Sentences =
    [
        "Le client a quitté le logement à la fin du mois et a remis les clés à l'agence.",
        "Le compteur se trouve au sous-sol, dans le local technique fermé à clé.",
        "La gardienne est présente le matin du lundi au vendredi et peut ouvrir le local.",
        "Le nouvel occupant n'est pas encore connu, le logement reste vide.",
        "Merci de prévenir le gestionnaire de l'immeuble une heure avant le passage.",
        "L'index relevé par le client est cohérent avec la consommation des derniers mois.",
        "Un chien est présent dans la cour, sonner à l'interphone avant d'entrer.",
        "Le stationnement est difficile dans la rue, un parking public se trouve à proximité.",
    ];

    private readonly XNamespace _mhs = contractNamespace;

    public byte[] Request(PayloadSize size, int variant)
    {
        var customer = CustomerOf(variant);
        var demande = new XElement(_mhs + "Demande",
            new XElement(_mhs + "TypeDemande", "MHS"),
            new XElement(_mhs + "NumeroPCE", (19112345678901L + variant).ToString(CultureInfo.InvariantCulture)),
            new XElement(_mhs + "CodePostal", (69001 + variant % 9).ToString(CultureInfo.InvariantCulture)));
        if (size == PayloadSize.Small)
        {
            demande.Add(TypeDemande(customer, withIndex: false));
            return Envelope(Header(size, "CreerDemandeMHS", variant), Message(variant, demande));
        }

        var comments = size == PayloadSize.Large ? 192 : 10;
        demande.Add(
            new XElement(_mhs + "DonneesFournisseur",
                new XElement(_mhs + "ReferenceDemande", $"REF-2026-{variant:D6}"),
                new XElement(_mhs + "TelephoneFournisseur", "0970000000"),
                new XElement(_mhs + "GroupeAppartenance", "BENCH"),
                new XElement(_mhs + "CommentaireFournisseur", Text(variant, comments))),
            new XElement(_mhs + "Commentaire", Text(variant + 3, comments)),
            TypeDemande(customer, withIndex: true),
            new XElement(_mhs + "PremierRdvDemande",
                new XElement(_mhs + "Date", "2026-12-15"),
                new XElement(_mhs + "Plage", "MATIN")),
            new XElement(_mhs + "ContactIntervention",
                new XElement(_mhs + "Nom", "Mme " + customer.Nom),
                new XElement(_mhs + "Telephone", customer.Fixe),
                new XElement(_mhs + "CodeAcces", (4000 + variant % 5000).ToString(CultureInfo.InvariantCulture) + "B"),
                new XElement(_mhs + "ComplementAdresse", "Bâtiment C, sous-sol, local compteurs")));
        return Envelope(Header(size, "CreerDemandeMHS", variant), Message(variant, demande));
    }

    public byte[] Response(PayloadSize size)
    {
        var answer = new XElement(_mhs + "ReponseWSCreerDemandeMHS");
        if (size == PayloadSize.Small)
        {
            answer.Add(
                new XElement(_mhs + "TypeRetourDialogue", "T"),
                Retour("DmdOkDD", "La demande sans intervention a été enregistrée correctement dans OMEGA."),
                new XElement(_mhs + "ReponseCreerDemandeObjet",
                    new XElement(_mhs + "NumeroDemande", "MHS000123456"),
                    new XElement(_mhs + "PresenceClient", "PNO"),
                    new XElement(_mhs + "DateDemandee", "2026-12-15")));
            return Envelope(Header(size, "CreerDemandeMHSResponse", 0), answer);
        }

        var objet = new XElement(_mhs + "ReponseCreerDemandeObjet",
            new XElement(_mhs + "NumeroDemande", "MHS000123456"),
            new XElement(_mhs + "PresenceClient", "PNO"));
        var day = new DateOnly(2026, 12, 16);
        string[] plages = ["MATIN", "APRES-MIDI", "FIN-APRES-MIDI"];
        for (var slot = 0; slot < 24; slot++)
        {
            objet.Add(new XElement(_mhs + "ListeDatePlage",
                new XElement(_mhs + "Date", day.AddDays(slot / 3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new XElement(_mhs + "Plage", plages[slot % 3])));
        }

        answer.Add(
            new XElement(_mhs + "TypeRetourDialogue", "P"),
            Retour("ListeDP", "La date et la plage horaire demandées ne sont pas disponibles. "
                + "Choisissez une nouvelle date et ou plage horaire dans la liste."),
            objet);
        var header = Header(size, "CreerDemandeMHSResponse", 0);
        if (size == PayloadSize.Large)
        {
            header.Add(Signed(27 * 1024));
        }

        return Envelope(header, answer);
    }

    private XElement Message(int variant, XElement demande) => new(_mhs + "RequeteWSCreerDemandeMHS",
        new XElement(_mhs + "DNEntreprise", "CN=fournisseur-bench.example, OU=OMEGA, O=Fournisseur Bench, C=FR"),
        new XElement(_mhs + "NumeroCAD", "GS9912"),
        new XElement(_mhs + "Utilisateur", new XElement(_mhs + "Login", $"bench{variant % 100:D2}")),
        new XElement(_mhs + "NumeroVersion", "V10"),
        demande);

    private XElement TypeDemande(Customer customer, bool withIndex)
    {
        var donnees = new XElement(_mhs + "DonneesTypeDemande",
            new XElement(_mhs + "FournisseurMHS", "false"),
            new XElement(_mhs + "Motif"),
            new XElement(_mhs + "OptionPrestation", "8"));
        if (withIndex)
        {
            donnees.Add(
                new XElement(_mhs + "DateIndexClient", "2026-11-28"),
                new XElement(_mhs + "IndexClient", customer.Index));
        }

        donnees.Add(new XElement(_mhs + "Contrat", new XElement(_mhs + "UtilisateurFinal",
            new XElement(_mhs + "Civilite", "Mme"),
            new XElement(_mhs + "Nom", customer.Nom),
            new XElement(_mhs + "Prenom", customer.Prenom),
            new XElement(_mhs + "TelephonePortable", customer.Portable),
            new XElement(_mhs + "TelephoneFixe", customer.Fixe),
            new XElement(_mhs + "eMail", $"{customer.Prenom}.{customer.Nom}@example.org".ToLowerInvariant()))));
        return donnees;
    }

    private XElement Retour(string code, string message) => new(_mhs + "Retour",
        new XElement(_mhs + "CodeRetour", code),
        new XElement(_mhs + "MessageRetour", message));

    /// <summary>WS-Addressing, as the suppliers' middleware adds it to every call.</summary>
    private static XElement Header(PayloadSize size, string action, int variant)
    {
        var header = new XElement(Soap + "Header");
        if (size != PayloadSize.Small)
        {
            header.Add(
                new XElement(Addressing + "Action", "http://omega-conformance.invalid/CreerDemandeMHS/" + action),
                new XElement(Addressing + "MessageID", $"urn:uuid:6f1c2a4e-0000-4000-8000-{variant:D12}"),
                new XElement(Addressing + "To", "https://omega.example/CreerDemandeMHS"));
        }

        return header;
    }

    /// <summary>A WS-Security header of about that many bytes: the signer's token and the signature.</summary>
    private static XElement Signed(int bytes)
    {
        var random = new Random(8);
        var token = new byte[bytes * 3 / 4 - 900];
        random.NextBytes(token);
        var value = new byte[256];
        random.NextBytes(value);
        return new XElement(Security + "Security",
            new XElement(Security + "BinarySecurityToken",
                new XAttribute("ValueType", X509TokenProfile + "#X509PKIPathv1"),
                Wrapped(Convert.ToBase64String(token))),
            new XElement(Signature + "Signature",
                new XElement(Signature + "SignedInfo",
                    new XElement(Signature + "CanonicalizationMethod",
                        new XAttribute("Algorithm", "http://www.w3.org/2001/10/xml-exc-c14n#")),
                    new XElement(Signature + "SignatureMethod",
                        new XAttribute("Algorithm", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256")),
                    new XElement(Signature + "Reference", new XAttribute("URI", "#Body"),
                        new XElement(Signature + "DigestMethod",
                            new XAttribute("Algorithm", "http://www.w3.org/2001/04/xmlenc#sha256")),
                        new XElement(Signature + "DigestValue", Convert.ToBase64String(value, 0, 32)))),
                new XElement(Signature + "SignatureValue", Convert.ToBase64String(value))));
    }

    private static string Wrapped(string base64)
    {
        var lines = new StringBuilder();
        for (var at = 0; at < base64.Length; at += 76)
        {
            lines.Append('\n').Append(base64, at, Math.Min(76, base64.Length - at));
        }

        return lines.Append('\n').ToString();
    }

    private static string Text(int variant, int sentences)
    {
        var text = new StringBuilder();
        for (var index = 0; index < sentences; index++)
        {
            text.Append(index == 0 ? string.Empty : " ").Append(Sentences[(variant + index) % Sentences.Length]);
        }

        return text.ToString();
    }

    private static byte[] Envelope(XElement header, XElement message)
    {
        var envelope = new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement(Soap + "Envelope",
                new XAttribute(XNamespace.Xmlns + "soapenv", Soap),
                header,
                new XElement(Soap + "Body", message)));
        using var output = new MemoryStream();
        using (var writer = System.Xml.XmlWriter.Create(output, new System.Xml.XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
        }))
        {
            envelope.Save(writer);
        }

        output.WriteByte((byte)'\n');
        return output.ToArray();
    }

    private static Customer CustomerOf(int variant)
    {
        string[] noms = ["Lambertin", "Roussel", "Garnier", "Delorme", "Fabre", "Morel", "Chevalier", "Perrin"];
        string[] prenoms = ["Odile", "Julien", "Claire", "Mathieu", "Sophie", "Antoine", "Camille", "Louis"];
        var digits = ((variant + 1) * 7919 % 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        return new Customer(
            noms[variant % noms.Length],
            prenoms[variant / noms.Length % prenoms.Length],
            "06" + digits,
            "04" + digits,
            (variant % 100_000).ToString("D5", CultureInfo.InvariantCulture));
    }

    private sealed record Customer(string Nom, string Prenom, string Portable, string Fixe, string Index);
}
