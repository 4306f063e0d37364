using Omega.Conformance.Rules;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>The fields every MHS request opens with, and the NumeroPCE of the check and the creation.</summary>
internal static class IdentityRules
{
    public static readonly RuleDescriptor DNEntreprise = new(
        "MHS101", Severity.Error, "3.2.1.1, 3.3.1.1", "Every request has a DNEntreprise, not empty.");

    public static readonly RuleDescriptor NumeroCAD = new(
        "MHS102", Severity.Error, "3.2.1.1, 3.3.1.1", "Every request has a NumeroCAD, not empty.");

    public static readonly RuleDescriptor Login = new(
        "MHS103",
        Severity.Error,
        "3.2.1.2, Annexe A",
        "Every request has a Utilisateur/Login, not empty (\"Le login doit être renseigné.\").");

    public static readonly RuleDescriptor NumeroPCE = new(
        "MHS105",
        Severity.Error,
        "3.2.1.2, 3.3.1.2",
        "VerifierRecevabiliteMHS and CreerDemandeMHS have a NumeroPCE, not empty.");

    public static readonly RuleDescriptor NumeroDemande = new(
        "MHS126",
        Severity.Error,
        "3.3.2.2",
        "The appointment and stop requests carry the NumeroDemande OMEGA returned, not empty.");

    public static IEnumerable<IRule> Create()
    {
        yield return new RequiredFieldRule(DNEntreprise, RequestRoot, "DNEntreprise");
        yield return new RequiredFieldRule(NumeroCAD, RequestRoot, "NumeroCAD");
        yield return new RequiredFieldRule(
            Login,
            context => MhsRequests.IsRequest(context) ? context.Message.Child("Utilisateur") : null,
            "Login",
            MhsReturnCodes.LoginManquant);
        yield return new RequiredFieldRule(NumeroPCE, MhsRequests.PceHolder, "NumeroPCE", MhsReturnCodes.PceInconnu);
        yield return new RequiredFieldRule(
            NumeroDemande,
            context => MhsRequests.IsAppointment(context) ? context.Message : null,
            "NumeroDemande");
    }

    private static MessageElement? RequestRoot(RuleContext context) =>
        MhsRequests.IsRequest(context) ? context.Message : null;
}
