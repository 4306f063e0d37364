using Omega.Conformance.Dialogue;
using Omega.Conformance.Rules;

namespace Omega.Conformance.Services;

/// <summary>
/// One OMEGA web service as a unit: its operations, its business rules and its dialogue. The
/// validation engine, the proxy and the recorder work on this interface only, so a second service
/// (mise en service, changement de fournisseur…) is added beside the first.
/// </summary>
public interface IOmegaService
{
    /// <summary>The service's name, as OMEGA's documentation gives it.</summary>
    string Name { get; }

    /// <summary>The title and version of the document the rules' sections refer to.</summary>
    string Specification { get; }

    IReadOnlyList<OperationDefinition> Operations { get; }

    /// <summary>The business rules of the service's specification, both directions.</summary>
    IReadOnlyList<IRule> Rules { get; }

    /// <summary>
    /// The fields that carry the personal data of the supplier's customer, as paths of local names
    /// from a message root ("Demande/Commentaire"): recordings pseudonymize them, logs never show them.
    /// </summary>
    IReadOnlyList<string> PersonalData { get; }

    /// <summary>The dialogue of the service: its tableau d'états and the rules of its sequence.</summary>
    IDialogueModel Dialogue { get; }
}
