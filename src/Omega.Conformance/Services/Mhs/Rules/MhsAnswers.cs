using Omega.Conformance.Rules;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules;

/// <summary>Where the fields of the MHS answers live.</summary>
internal static class MhsAnswers
{
    public static bool IsAnswer(RuleContext context) => context.Binding.Direction == MessageDirection.Response;

    /// <summary>
    /// The name of the object an answer carries its dates in: ReponseCreerDemandeObjet for the
    /// creation, ReponseRdvObjet for the reconstructed appointment methods, none for the check.
    /// </summary>
    public static string? ObjectName(OperationDefinition operation) =>
        operation == MhsOperations.VerifierRecevabiliteMHS ? null
        : operation == MhsOperations.CreerDemandeMHS ? "ReponseCreerDemandeObjet"
        : "ReponseRdvObjet";

    /// <summary>The answer's object when the message is an answer that has one, else null.</summary>
    public static MessageElement? Object(RuleContext context) =>
        IsAnswer(context) && ObjectName(context.Binding.Operation) is { } name ? context.Message.Child(name) : null;

    /// <summary>Reports a field of the answer's object missing, at its path even when the object is missing.</summary>
    public static void ReportMissingInObject(RuleContext context, RuleDescriptor rule, string field, string message)
    {
        var name = ObjectName(context.Binding.Operation);
        if (context.Message.Child(name!) is { } answer)
        {
            context.ReportMissing(rule, answer, field, message);
        }
        else
        {
            context.ReportMissing(rule, context.Message, name + "/" + field, message);
        }
    }

    /// <summary>TypeRetourDialogue, trimmed, or null when absent.</summary>
    public static string? TypeRetourDialogue(RuleContext context) =>
        context.Message.Child("TypeRetourDialogue")?.Value.Trim();

    /// <summary>The Annexe A code the answer carries, or null when it carries none that Annexe A knows.</summary>
    public static ReturnCode? Code(RuleContext context) =>
        context.Message.Find("Retour/CodeRetour") is { } code ? MhsReturnCodes.Find(code.Value.Trim()) : null;

    /// <summary>The TypeRetourDialogue values an operation answers: the check never ends a dialogue ("T").</summary>
    public static bool Allows(OperationDefinition operation, string typeRetourDialogue) =>
        operation == MhsOperations.VerifierRecevabiliteMHS
            ? typeRetourDialogue is "P" or "A"
            : typeRetourDialogue is "P" or "A" or "T";
}
