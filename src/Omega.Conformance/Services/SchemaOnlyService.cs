using Omega.Conformance.Dialogue;
using Omega.Conformance.Rules;

namespace Omega.Conformance.Services;

/// <summary>A service with its operations and none of its business rules: what the schema layer alone says.</summary>
internal sealed class SchemaOnlyService(IOmegaService service) : IOmegaService
{
    public string Name => service.Name;

    public string Specification => service.Specification;

    public IReadOnlyList<OperationDefinition> Operations => service.Operations;

    public IReadOnlyList<IRule> Rules => [];

    public IReadOnlyList<string> PersonalData => service.PersonalData;

    public IDialogueModel Dialogue => service.Dialogue;
}
