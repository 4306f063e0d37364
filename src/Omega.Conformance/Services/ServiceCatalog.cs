using System.Collections.Frozen;
using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services;

/// <summary>The services the tool knows, and which of them a message belongs to.</summary>
public sealed class ServiceCatalog
{
    private readonly FrozenDictionary<string, MessageBinding> _bindings;

    public ServiceCatalog(IEnumerable<IOmegaService> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Services = [.. services];
        var bindings = new Dictionary<string, MessageBinding>(StringComparer.Ordinal);
        foreach (var service in Services)
        {
            foreach (var operation in service.Operations)
            {
                foreach (var direction in Enum.GetValues<MessageDirection>())
                {
                    var binding = new MessageBinding(service, operation, direction);
                    if (!bindings.TryAdd(binding.MessageName, binding))
                    {
                        throw new ArgumentException($"Two operations declare the message '{binding.MessageName}'.");
                    }
                }
            }
        }

        _bindings = bindings.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The catalogue of the services this tool ships with.</summary>
    public static ServiceCatalog Default { get; } = new([MhsService.Instance]);

    public IReadOnlyList<IOmegaService> Services { get; }

    /// <summary>
    /// Every rule the tool checks: the structural and transport layers first, then each service's
    /// rules and dialogue.
    /// </summary>
    public IEnumerable<RuleDescriptor> Rules =>
        StructuralRules.All.Concat(TransportRules.All).Concat(Services.SelectMany(service =>
            service.Rules.Select(rule => rule.Descriptor).Concat(service.Dialogue.Rules)));

    /// <summary>The same services without their business rules: to measure or pin the schema layer alone.</summary>
    public ServiceCatalog SchemaOnly() => new(Services.Select(service => new SchemaOnlyService(service)));

    /// <summary>The binding of a message by the local name of its root element, or null.</summary>
    public MessageBinding? Find(string messageName) => _bindings.GetValueOrDefault(messageName);
}
