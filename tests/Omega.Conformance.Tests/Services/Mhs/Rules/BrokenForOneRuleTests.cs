using Omega.Conformance.Rules;
using Omega.Conformance.Services.Mhs;
using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules;

/// <summary>
/// Copies of the examples broken for one rule each: that rule flags the field, and nothing else in the
/// message is reported, neither by another rule nor by the schema. Every MHS rule has its copy.
/// </summary>
public sealed class BrokenForOneRuleTests
{
    private const string Check = "RequeteWSVerifierRecevabiliteMHS";
    private const string Creer = "RequeteWSCreerDemandeMHS";
    private const string Donnees = "/RequeteWSCreerDemandeMHS/Demande/DonneesTypeDemande";
    private const string Contact = "/RequeteWSCreerDemandeMHS/Demande/ContactIntervention";
    private const string Rdv = "/RequeteWSCreerDemandeMHS/Demande/PremierRdvDemande";
    private const string CreerAnswer = "/ReponseWSCreerDemandeMHS/ReponseCreerDemandeObjet";
    private const string Programmee = "/ReponseWSProposerDatePlage/ReponseRdvObjet/DateProgrammee";
    private const string Offers = "/ReponseWSVerifierRecevabiliteMHS/RetourRecupererDonneesObjet/ListeOptionPrestation";
    private const string Dn =
        "<DNEntreprise>CN=fournisseur-demo.example, OU=OMEGA, O=Fournisseur Demo, C=FR</DNEntreprise>";
    private const string V10 = "<NumeroVersion>V10</NumeroVersion>";
    private const string Pce = "<NumeroPCE>19112345678901</NumeroPCE>";
    private const string Option1 = "<OptionPrestation>1</OptionPrestation>";
    private const string Option8 = "<OptionPrestation>8</OptionPrestation>";
    private const string DateIndex = "<DateIndexClient>2026-11-28</DateIndexClient>";
    private const string Index = "<IndexClient>04512</IndexClient>";
    private const string Plage = "<Plage>MATIN</Plage>";
    private const string NumeroDemande = "<NumeroDemande>MHS000123456</NumeroDemande>";
    private const string TypeP = "<TypeRetourDialogue>P</TypeRetourDialogue>";
    private const string TypeT = "<TypeRetourDialogue>T</TypeRetourDialogue>";
    private const string DateDemandee = "<DateDemandee>2026-12-21</DateDemandee>";
    private const string HeureMax = "<HeureMax>12:00</HeureMax>";
    private const string Pno = "<PresenceClient>PNO</PresenceClient>";
    private const string Slot = "<ListeDatePlage><Date>2026-12-23</Date><Plage>MATIN</Plage></ListeDatePlage>";
    private const string Synchro =
        "<RetourSynchroInterventions><DatePlage><Date>2026-12-18</Date></DatePlage></RetourSynchroInterventions>";

    private static readonly Dictionary<string, BrokenCopy> Copies = new BrokenCopy[]
    {
        new("dn-empty", "MHS101", "/RequeteWSAccepterRdv/DNEntreprise",
            Of("RequeteWSAccepterRdv").With(Dn, "<DNEntreprise/>")),
        new("cad-empty", "MHS102", "/RequeteWSVerifierRecevabiliteMHS/NumeroCAD",
            Of(Check).With("<NumeroCAD>GS9912</NumeroCAD>", "<NumeroCAD></NumeroCAD>")),
        new("login-removed", "MHS103", "/RequeteWSVerifierRecevabiliteMHS/Utilisateur/Login",
            Of(Check).Without("<Login>jdemo</Login>")),
        new("check-in-v9", "MHS104", "/RequeteWSVerifierRecevabiliteMHS/NumeroVersion",
            Of(Check).With(V10, "<NumeroVersion>V9</NumeroVersion>")),
        new("creation-in-v4", "MHS104", "/RequeteWSCreerDemandeMHS/NumeroVersion",
            Of(Creer).With(V10, "<NumeroVersion>V4</NumeroVersion>")
                .Without(DateIndex).Without(Index).With(Option8, Option1)),
        new("pce-empty", "MHS105", "/RequeteWSCreerDemandeMHS/Demande/NumeroPCE",
            Of(Creer).With(Pce, "<NumeroPCE/>")),
        new("pce-13-digits", "MHS106", "/RequeteWSVerifierRecevabiliteMHS/NumeroPCE",
            Of(Check).With(Pce, "<NumeroPCE>1911234567890</NumeroPCE>")),
        new("code-postal-4-digits", "MHS107", "/RequeteWSCreerDemandeMHS/Demande/CodePostal",
            Of(Creer).With("<CodePostal>69003</CodePostal>", "<CodePostal>6903</CodePostal>")),
        new("type-demande-mes", "MHS108", "/RequeteWSCreerDemandeMHS/Demande/TypeDemande",
            Of(Creer).With("<TypeDemande>MHS</TypeDemande>", "<TypeDemande>MES</TypeDemande>")),
        new("option-auto-releve", "MHS109", Donnees + "/OptionPrestation",
            Of(Creer).With(Option8, "<OptionPrestation>2</OptionPrestation>")),
        new("supplier-client-parti", "MHS110", Donnees + "/OptionPrestation",
            Exchanges.SupplierRequest().With(Option1, Option8)),
        new("client-option-unknown", "MHS111", Donnees + "/OptionPrestation",
            Of(Creer).With(Option8, "<OptionPrestation>5</OptionPrestation>")),
        new("supplier-without-motif", "MHS112", Donnees + "/Motif",
            Exchanges.SupplierRequest().With("<Motif>21</Motif>", "<Motif/>")),
        new("supplier-motif-23", "MHS113", Donnees + "/Motif",
            Exchanges.SupplierRequest().With("<Motif>21</Motif>", "<Motif>23</Motif>")),
        new("client-with-motif", "MHS114", Donnees + "/Motif",
            Of(Creer).With("<Motif/>", "<Motif>22</Motif>")),
        new("index-6-characters", "MHS115", Donnees + "/ValeurIndexReleve",
            Of(Creer).After(Option8, "<ValeurIndexReleve>045120</ValeurIndexReleve>")),
        new("index-in-v5", "MHS116", Donnees + "/ValeurIndexReleve",
            Of(Creer).With(V10, "<NumeroVersion>V5</NumeroVersion>").Without(DateIndex).Without(Index)
                .With(Option8, Option1 + "<ValeurIndexReleve>4512</ValeurIndexReleve>")),
        new("client-parti-inaccessible", "MHS117", Donnees + "/ValeurIndexReleve",
            Of(Creer), Exchanges.Pce("6M", "PO")),
        new("index-without-date", "MHS118", Donnees + "/DateIndexClient",
            Of(Creer).Without(DateIndex)),
        new("index-client-in-v6", "MHS119", Donnees + "/IndexClient",
            Of(Creer).With(V10, "<NumeroVersion>V6</NumeroVersion>").Without(DateIndex)),
        new("date-not-iso", "MHS120", Rdv + "/Date",
            Of(Creer).With("<Date>2026-12-15</Date>", "<Date>15/12/2026</Date>")),
        new("6m-without-plage", "MHS121", Rdv + "/Plage",
            Of(Creer).Without(Plage), Exchanges.Pce("6M", "PNO")),
        new("synchro-number", "MHS122", Rdv + "/NumeroSynchroIntervention",
            Of(Creer).After(Plage, "<NumeroSynchroIntervention>2</NumeroSynchroIntervention>")),
        new("phone-with-spaces", "MHS123", Contact + "/Telephone",
            Of(Creer).With("<Telephone>0478563412</Telephone>", "<Telephone>04 78 56 34 12</Telephone>")),
        new("civilite-m", "MHS124", Donnees + "/Contrat/UtilisateurFinal/Civilite",
            Of(Creer).With("<Civilite>Mme</Civilite>", "<Civilite>M.</Civilite>")),
        new("contact-name-too-long", "MHS125", Contact + "/Nom",
            Of(Creer).With("<Nom>Mme Roussel</Nom>", "<Nom>Mme Roussel-Delacourtine</Nom>")),
        new("rdv-without-demande", "MHS126", "/RequeteWSAbandonnerRdv/NumeroDemande",
            Of("RequeteWSAbandonnerRdv").With(NumeroDemande, "<NumeroDemande/>")),
        new("check-answers-t", "MHS201", "/ReponseWSVerifierRecevabiliteMHS/TypeRetourDialogue",
            Of("ReponseWSVerifierRecevabiliteMHS").With(TypeP, TypeT)),
        new("code-unknown", "MHS202", "/ReponseWSAbandonnerDemande/Retour/CodeRetour",
            Of("ReponseWSAbandonnerDemande").With("<CodeRetour>DmdKo</CodeRetour>", "<CodeRetour>Stop</CodeRetour>")),
        new("liste-dp-terminated", "MHS203", "/ReponseWSCreerDemandeMHS/Retour/CodeRetour",
            Of("ReponseWSCreerDemandeMHS").With(TypeP, TypeT)),
        new("label-of-another-code", "MHS204", "/ReponseWSAbandonnerDemande/Retour/MessageRetour",
            Of("ReponseWSAbandonnerDemande").With("Demande abandonnée.", "Demande recevable.")),
        new("two-kinds-of-date", "MHS205", RdvAnswer("ReponseWSAbandonnerRdv") + "/DateProgrammee",
            Of("ReponseWSAbandonnerRdv")
                .After(DateDemandee, "<DateProgrammee><Date>2026-12-21</Date></DateProgrammee>")),
        new("liste-dp-without-slots", "MHS206", RdvAnswer("ReponseWSDemanderPrecSuiv") + "/ListeDatePlage",
            Of("ReponseWSDemanderPrecSuiv").WithoutElements("ListeDatePlage")),
        new("25-slots", "MHS207", CreerAnswer + "/ListeDatePlage[25]",
            Of("ReponseWSCreerDemandeMHS").After(Pno, string.Concat(Enumerable.Repeat(Slot, 21)))),
        new("dmdokdp-without-date", "MHS208", RdvAnswer("ReponseWSAccepterRdv") + "/DateProgrammee",
            Of("ReponseWSAccepterRdv").WithoutElements("DateProgrammee").WithoutElements("RetourSynchroInterventions")),
        new("dmdokdd-without-date", "MHS209", RdvAnswer("ReponseWSAbandonnerRdv") + "/DateDemandee",
            Of("ReponseWSAbandonnerRdv").Without(DateDemandee)),
        new("terminated-without-demande", "MHS210", RdvAnswer("ReponseWSAbandonnerRdv") + "/NumeroDemande",
            Of("ReponseWSAbandonnerRdv").Without(NumeroDemande)),
        new("synchro-for-v4", "MHS211", RdvAnswer("ReponseWSAccepterRdv") + "/RetourSynchroInterventions",
            Of("ReponseWSAccepterRdv"),
            Exchanges.Answering(Of("RequeteWSAccepterRdv").With(V10, "<NumeroVersion>V4</NumeroVersion>"))),
        new("four-synchros", "MHS212", RdvAnswer("ReponseWSAccepterRdv") + "/RetourSynchroInterventions[4]",
            Of("ReponseWSAccepterRdv").After("</RetourSynchroInterventions>", Synchro + Synchro + Synchro),
            Exchanges.Answering(Of("RequeteWSAccepterRdv"))),
        new("synchro-position-4", "MHS213", Programmee + "/RetourSynchroIntervention",
            Of("ReponseWSProposerDatePlage")
                .After(HeureMax, "<RetourSynchroIntervention>4</RetourSynchroIntervention>")),
        new("hours-reversed", "MHS214", Programmee + "/HeureMin",
            Of("ReponseWSProposerDatePlage").With("<HeureMin>08:00</HeureMin>", "<HeureMin>14:00</HeureMin>")),
        new("auto-releve-offered", "MHS215", Offers + "[2]/OptionPrestation",
            Of("ReponseWSVerifierRecevabiliteMHS")
                .With("<OptionPrestation>7</OptionPrestation>", "<OptionPrestation>2</OptionPrestation>")),
        new("presence-unknown", "MHS216", RdvAnswer("ReponseWSAccepterRdv") + "/PresenceClient",
            Of("ReponseWSAccepterRdv").With(Pno, "<PresenceClient>OUI</PresenceClient>")),
        new("supplier-presence-po", "MHS217", CreerAnswer + "/PresenceClient",
            Of("ReponseWSCreerDemandeMHS").With(Pno, "<PresenceClient>PO</PresenceClient>"),
            Exchanges.Answering(Exchanges.SupplierRequest())),
    }.ToDictionary(copy => copy.Name, StringComparer.Ordinal);

    public static TheoryData<string> Names() => [.. Copies.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Validate_CopyBrokenForOneRule_IsFlaggedByThatRuleAloneAtItsPath(string name)
    {
        var copy = Copies[name];

        var result = copy.Envelope.Validate(copy.Exchange);

        var violation = Assert.Single(result.Violations);
        Assert.Equal((copy.RuleId, copy.Path), (violation.RuleId, violation.Path));
        Assert.True(violation.Line > 0);
    }

    [Fact]
    public void Copies_CoverEveryMhsRule()
    {
        var covered = Copies.Values.Select(copy => copy.RuleId).ToHashSet(StringComparer.Ordinal);

        Assert.All(MhsService.Instance.Rules, rule => Assert.Contains(rule.Descriptor.Id, covered));
    }

    private static ExampleEnvelope Of(string example) => ExampleEnvelope.Of(example);

    private static string RdvAnswer(string answer) => $"/{answer}/ReponseRdvObjet";

    private sealed record BrokenCopy(
        string Name,
        string RuleId,
        string Path,
        ExampleEnvelope Envelope,
        ExchangeContext? Exchange = null);
}
