using Omega.Conformance.Services;
using Omega.Conformance.Validation;

namespace Omega.Proxy.Cli.Rules;

/// <summary>The rules of one layer or one service, and the document their sections refer to.</summary>
internal sealed record RuleGroup(string Title, string? Specification, IReadOnlyList<RuleDescriptor> Rules)
{
    /// <summary>The structural layer first, then each service of the catalogue.</summary>
    public static IReadOnlyList<RuleGroup> Of(ServiceCatalog catalog)
    {
        var groups = new List<RuleGroup> { new("Structural layer: XML, SOAP, XSD", null, StructuralRules.All) };
        foreach (var service in catalog.Services)
        {
            var rules = service.Rules.Select(rule => rule.Descriptor).ToList();
            groups.Add(new RuleGroup(service.Name, service.Specification, rules));
        }

        return groups;
    }
}
