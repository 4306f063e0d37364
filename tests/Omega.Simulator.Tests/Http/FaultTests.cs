using System.Diagnostics;
using System.Net;
using System.Text;
using Omega.Testing.Mhs;

namespace Omega.Simulator.Tests.Http;

/// <summary>Faults on demand: from the data file, and through <c>POST /_stub/faults</c>.</summary>
public sealed class FaultTests
{
    private const string Pce = "19112345678901";

    [Fact]
    public async Task Call_PceWithAServerFault_Answers500WithASoapFault()
    {
        await using var stub = await Stub.StartAsync();

        var reply = await stub.CallAsync("VerifierRecevabiliteMHS", MhsRequests.Verifier("19100000000666"));

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.True(reply.Validation.Envelope.IsFault);
    }

    [Fact]
    public async Task Call_PceWithServiceUnavailable_Answers503WithASoapFault()
    {
        await using var stub = await Stub.StartAsync();

        var reply = await stub.CallAsync("CreerDemandeMHS", MhsRequests.Creer("19100000000669"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, reply.Status);
        Assert.Equal("Service indisponible.", reply.FaultString);
    }

    [Fact]
    public async Task Call_PceWithAReset_LosesTheConnection()
    {
        await using var stub = await Stub.StartAsync();

        await Assert.ThrowsAsync<HttpRequestException>(
            () => stub.CallAsync("VerifierRecevabiliteMHS", MhsRequests.Verifier("19100000000668")));
    }

    [Fact]
    public async Task AdminFault_LatencyOnce_DelaysOneCallOnly()
    {
        await using var stub = await Stub.StartAsync(time: TimeProvider.System);
        await PostFaultAsync(
            stub, "{\"kind\":\"latency\",\"latencyMs\":300,\"operation\":\"VerifierRecevabiliteMHS\",\"times\":1}");

        var slow = Stopwatch.StartNew();
        await stub.CallAsync("VerifierRecevabiliteMHS", MhsRequests.Verifier(Pce));
        slow.Stop();
        var faults = await stub.Http.GetStringAsync("/_stub/faults");

        Assert.True(slow.ElapsedMilliseconds >= 300, $"{slow.ElapsedMilliseconds} ms");
        Assert.DoesNotContain("VerifierRecevabiliteMHS", faults, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminFault_ServerErrorThenCleared_AnswersNormallyAgain()
    {
        await using var stub = await Stub.StartAsync();
        await PostFaultAsync(stub, "{\"kind\":\"http500\"}");

        var failed = await stub.CallAsync("VerifierRecevabiliteMHS", MhsRequests.Verifier(Pce));
        using var cleared = await stub.Http.DeleteAsync("/_stub/faults");
        var answered = await stub.CallAsync("VerifierRecevabiliteMHS", MhsRequests.Verifier(Pce));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.Status);
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal("Message", answered.CodeRetour);
    }

    [Fact]
    public async Task AdminFault_NotJson_IsABadRequest()
    {
        await using var stub = await Stub.StartAsync();
        using var content = new StringContent("{\"kind\":\"volcano\"}", Encoding.UTF8, "application/json");

        using var response = await stub.Http.PostAsync("/_stub/faults", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Call_BodyIsNoEnvelope_AnswersAClientFault()
    {
        await using var stub = await Stub.StartAsync();

        var reply = await stub.CallAsync("VerifierRecevabiliteMHS", "<hello/>");

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.Contains("soapenv:Client", reply.Body, StringComparison.Ordinal);
    }

    private static async Task PostFaultAsync(Stub stub, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await stub.Http.PostAsync("/_stub/faults", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
