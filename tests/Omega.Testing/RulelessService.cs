using Omega.Conformance.Rules;
using Omega.Conformance.Services;

namespace Omega.Testing;

/// <summary>A service with its operations and none of its rules: what the schema layer alone says.</summary>
public sealed class RulelessService(IOmegaService service) : IOmegaService
{
    public string Name => service.Name;

    public string Specification => service.Specification;

    public IReadOnlyList<OperationDefinition> Operations => service.Operations;

    public IReadOnlyList<IRule> Rules => [];
}
