using Omega.Conformance.Rules;
using Omega.Conformance.Services;

namespace Omega.Bench;

/// <summary>The shipped services with their rules taken away: what the schema layer alone costs.</summary>
internal static class SchemaOnlyCatalog
{
    public static ServiceCatalog Create() =>
        new(ServiceCatalog.Default.Services.Select(service => new WithoutRules(service)));

    private sealed class WithoutRules(IOmegaService service) : IOmegaService
    {
        public string Name => service.Name;

        public IReadOnlyList<OperationDefinition> Operations => service.Operations;

        public IReadOnlyList<IRule> Rules => [];

        public IReadOnlyList<string> PersonalData => service.PersonalData;

        public Omega.Conformance.Dialogue.IDialogueModel Dialogue => service.Dialogue;
    }
}
