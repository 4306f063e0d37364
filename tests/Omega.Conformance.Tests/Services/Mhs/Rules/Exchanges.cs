using Omega.Conformance.Rules;
using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules;

/// <summary>The exchange contexts the rule tests give: what OMEGA knows of the PCE, the request answered.</summary>
internal static class Exchanges
{
    public static ExchangeContext Pce(string frequence, string acces) => new() { Pce = new PceFacts(frequence, acces) };

    public static ExchangeContext Answering(ExampleEnvelope request) => new() { Request = request.Message() };

    /// <summary>The creation request at the supplier's initiative, as valid as the example otherwise.</summary>
    public static ExampleEnvelope SupplierRequest() => ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")
        .With("<FournisseurMHS>false</FournisseurMHS>", "<FournisseurMHS>true</FournisseurMHS>")
        .With("<Motif/>", "<Motif>21</Motif>")
        .With("<OptionPrestation>8</OptionPrestation>", "<OptionPrestation>1</OptionPrestation>");
}
