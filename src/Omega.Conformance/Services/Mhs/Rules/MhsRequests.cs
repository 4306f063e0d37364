using Omega.Conformance.Rules;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules;

/// <summary>Where the fields of the MHS requests live, and what a request says of its version and initiative.</summary>
internal static class MhsRequests
{
    public static bool IsRequest(RuleContext context) => context.Binding.Direction == MessageDirection.Request;

    public static bool IsCreerDemande(RuleContext context) =>
        IsRequest(context) && context.Binding.Operation == MhsOperations.CreerDemandeMHS;

    /// <summary>The appointment and stop requests: they carry the NumeroDemande OMEGA returned.</summary>
    public static bool IsAppointment(RuleContext context) =>
        IsRequest(context)
        && context.Binding.Operation != MhsOperations.VerifierRecevabiliteMHS
        && context.Binding.Operation != MhsOperations.CreerDemandeMHS;

    /// <summary>The element holding NumeroPCE and CodePostal: the check's message, or the creation's Demande.</summary>
    public static MessageElement? PceHolder(RuleContext context)
    {
        if (!IsRequest(context))
        {
            return null;
        }

        var operation = context.Binding.Operation;
        return operation == MhsOperations.VerifierRecevabiliteMHS ? context.Message
            : operation == MhsOperations.CreerDemandeMHS ? context.Message.Child("Demande")
            : null;
    }

    /// <summary>Demande/DonneesTypeDemande of a CreerDemandeMHS request, or null for any other message.</summary>
    public static MessageElement? DonneesTypeDemande(RuleContext context) =>
        IsCreerDemande(context) ? context.Message.Find("Demande/DonneesTypeDemande") : null;

    /// <summary>The request's NumeroVersion as a number ("V7" is 7), or null when it has none that reads.</summary>
    public static int? Version(MessageElement? request) => VersionNumber.Read(request?.Child("NumeroVersion")?.Value);

    /// <summary>The initiative a CreerDemandeMHS request declares; unknown for any other message.</summary>
    public static MhsInitiative Initiative(MessageElement? request) =>
        XmlBoolean.Read(request?.Find("Demande/DonneesTypeDemande/FournisseurMHS")?.Value) switch
        {
            true => MhsInitiative.Fournisseur,
            false => MhsInitiative.Client,
            null => MhsInitiative.Unknown,
        };

    /// <summary>
    /// The version a request rule depends on: the message's own, when it is one the specification
    /// describes (V5 to V10). Otherwise the rule says it could not judge the field, and the version
    /// rule (MHS104) reports the version itself.
    /// </summary>
    public static int? VersionFor(RuleContext context, RuleDescriptor rule, MessageElement field)
    {
        var version = Version(context.Message);
        if (version is >= 5 and <= 10)
        {
            return version;
        }

        context.CannotJudge(rule, field.Path, "depends on NumeroVersion, which is not one of V5 to V10");
        return null;
    }
}
