using Omega.Conformance.Rules;

namespace Omega.Conformance.Services;

/// <summary>
/// One OMEGA web service as a unit: its operations, its business rules and, later, its dialogue
/// and labels. The validation engine, the proxy and the recorder work on this interface only, so a
/// second service (mise en service, changement de fournisseur…) is added beside the first.
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
}
