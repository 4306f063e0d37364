using System.Text.Json;
using Omega.Simulator.Data;
using Omega.Simulator.Engine;
using Omega.Simulator.Faults;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Omega.Simulator.Http;

/// <summary>
/// The simulator's own calls, under <c>/_stub</c>: faults to inject, list or clear, and the dialogue
/// state of a demand. JSON in and out.
/// </summary>
internal static class AdminEndpoints
{
    public const string FaultsPath = "/_stub/faults";
    public const string DemandsPath = "/_stub/demands/";

    public static void Map(WireMockServer server, FaultBoard faults, DemandStore demands)
    {
        server.Given(Request.Create().WithPath(FaultsPath).UsingGet())
            .RespondWith(Response.Create().WithCallback(_ => Json(200, faults.Current)));
        server.Given(Request.Create().WithPath(FaultsPath).UsingDelete())
            .RespondWith(Response.Create().WithCallback(_ =>
            {
                faults.Clear();
                return Json(200, faults.Current);
            }));
        server.Given(Request.Create().WithPath(FaultsPath).UsingPost())
            .RespondWith(Response.Create().WithCallback(request => AddFault(request, faults)));
        server.Given(Request.Create().WithPath(new WireMock.Matchers.WildcardMatcher(DemandsPath + "*")).UsingGet())
            .RespondWith(Response.Create().WithCallback(request =>
                demands.Find(request.Path[DemandsPath.Length..]) is { } demand
                    ? Json(200, demand.State)
                    : Json(404, new { error = "no such demand" })));
    }

    private static ResponseMessage AddFault(IRequestMessage request, FaultBoard faults)
    {
        FaultRule? rule;
        try
        {
            rule = JsonSerializer.Deserialize<FaultRule>(request.Body ?? string.Empty, SimulatorDataFile.Json);
        }
        catch (JsonException e)
        {
            return Json(400, new { error = e.Message });
        }

        if (rule is null)
        {
            return Json(400, new { error = "the body is no fault: {\"kind\": \"latency|http500|reset|unavailable\"}" });
        }

        faults.Add(rule);
        return Json(201, faults.Current);
    }

    private static ResponseMessage Json<T>(int status, T value) =>
        HttpAnswers.Json(status, JsonSerializer.Serialize(value, SimulatorDataFile.Json));
}
