namespace Omega.Simulator.Tests.Http;

public sealed class WsdlTests
{
    [Fact]
    public async Task Wsdl_Requested_PointsAtTheRunningSimulator()
    {
        await using var stub = await Stub.StartAsync();

        var wsdl = await stub.Http.GetStringAsync(stub.Host.WsdlUrl);
        var xsd = await stub.Http.GetStringAsync("/CreerDemandeMHS.xsd");

        Assert.Contains($"location=\"{stub.Host.ServiceUrl}\"", wsdl, StringComparison.Ordinal);
        Assert.Contains("<wsdl:operation name=\"AbandonnerDemande\">", wsdl, StringComparison.Ordinal);
        Assert.Contains("RequeteWSCreerDemandeMHS", xsd, StringComparison.Ordinal);
    }
}
