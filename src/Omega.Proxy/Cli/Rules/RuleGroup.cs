using Omega.Conformance.Services;
using Omega.Conformance.Validation;

namespace Omega.Proxy.Cli.Rules;

/// <summary>The rules of one layer or one service, and the document their sections refer to.</summary>
internal sealed record RuleGroup(string Title, string? Specification, IReadOnlyList<RuleDescriptor> Rules)
{
    /// <summary>The structural and transport layers first, then each service's rules and its dialogue's.</summary>
    public static IReadOnlyList<RuleGroup> Of(ServiceCatalog catalog)
    {
        var groups = new List<RuleGroup>
        {
            new("Structural layer: XML, SOAP, XSD", null, StructuralRules.All),
            new("Transport layer: judged by the proxy", null, TransportRules.All),
        };
        foreach (var service in catalog.Services)
        {
            var rules = service.Rules.Select(rule => rule.Descriptor).ToList();
            groups.Add(new RuleGroup(service.Name, service.Specification, rules));
            groups.Add(new RuleGroup(service.Name + ": dialogue", service.Specification, service.Dialogue.Rules));
        }

        return groups;
    }
}
