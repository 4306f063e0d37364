using System.Text;
using System.Text.Json;
using Omega.Conformance.Export;
using Omega.Conformance.Recording;
using Omega.Testing;
using Omega.Testing.Recordings;

namespace Omega.Conformance.Tests.Export;

public sealed class HarExporterTests
{
    /// <summary>The fields HAR 1.2 requires of each object, by the object's place in the archive.</summary>
    private static readonly Dictionary<string, string[]> Required = new()
    {
        ["log"] = ["version", "creator", "entries"],
        ["creator"] = ["name", "version"],
        ["page"] = ["startedDateTime", "id", "title", "pageTimings"],
        ["entry"] = ["startedDateTime", "time", "request", "response", "cache", "timings"],
        ["request"] = ["method", "url", "httpVersion", "cookies", "headers", "queryString", "headersSize", "bodySize"],
        ["response"] =
        [
            "status", "statusText", "httpVersion", "cookies", "headers", "content", "redirectURL", "headersSize",
            "bodySize",
        ],
        ["header"] = ["name", "value"],
        ["postData"] = ["mimeType", "text"],
        ["content"] = ["size", "mimeType"],
        ["timings"] = ["send", "wait", "receive"],
    };

    private static RecordedDialogue Committed => FileRecordingReader.Read([RepositoryPaths.CommittedRecordings])
        .Single(d => d.Name == "20261207T080000Z_19112345678901_MHS274068009");

    [Fact]
    public void Write_CommittedDialogue_HasEveryFieldHar12Requires()
    {
        using var har = Export(Committed);

        var log = har.RootElement.GetProperty("log");
        AssertHas("log", log);
        Assert.Equal("1.2", log.GetProperty("version").GetString());
        AssertHas("creator", log.GetProperty("creator"));
        var page = Assert.Single(log.GetProperty("pages").EnumerateArray());
        AssertHas("page", page);
        var entries = log.GetProperty("entries").EnumerateArray().ToArray();
        Assert.Equal(4, entries.Length);
        foreach (var entry in entries)
        {
            AssertHas("entry", entry);
            Assert.Equal(page.GetProperty("id").GetString(), entry.GetProperty("pageref").GetString());
            Assert.True(DateTimeOffset.TryParse(entry.GetProperty("startedDateTime").GetString(), out _));
            var request = entry.GetProperty("request");
            AssertHas("request", request);
            AssertHas("postData", request.GetProperty("postData"));
            Assert.All(request.GetProperty("headers").EnumerateArray(), header => AssertHas("header", header));
            var response = entry.GetProperty("response");
            AssertHas("response", response);
            AssertHas("content", response.GetProperty("content"));
            Assert.Equal("OK", response.GetProperty("statusText").GetString());
            AssertHas("timings", entry.GetProperty("timings"));
        }
    }

    [Fact]
    public void Write_CommittedDialogue_RoundTripsTheRecordedBodies()
    {
        var dialogue = Committed;

        using var har = Export(dialogue);

        var entries = har.RootElement.GetProperty("log").GetProperty("entries").EnumerateArray().ToArray();
        foreach (var (entry, exchange) in entries.Zip(dialogue.Exchanges))
        {
            var request = entry.GetProperty("request");
            var content = entry.GetProperty("response").GetProperty("content");
            var sent = request.GetProperty("postData").GetProperty("text").GetString()!;
            var answered = content.GetProperty("text").GetString()!;
            Assert.Equal(exchange.Request.ToArray(), Encoding.UTF8.GetBytes(sent));
            Assert.Equal(exchange.Response.ToArray(), Encoding.UTF8.GetBytes(answered));
            Assert.Equal(exchange.Request.Length, request.GetProperty("bodySize").GetInt32());
            Assert.Equal(exchange.Response.Length, content.GetProperty("size").GetInt32());
        }
    }

    [Fact]
    public void Write_BodiesNotValidInTheirEncoding_CarryTheirBytesAsBase64()
    {
        byte[] broken = [.. "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>"u8, 0xC3, 0x28, .. "</a>"u8];
        var exchange = CraftedRecording.Exchange(1, "CreerDemandeMHS", request: broken, response: broken);

        using var har = Export(CraftedRecording.Dialogue(exchange));

        var entry = har.RootElement.GetProperty("log").GetProperty("entries")[0];
        var content = entry.GetProperty("response").GetProperty("content");
        Assert.Equal("base64", content.GetProperty("encoding").GetString());
        Assert.Equal(broken, content.GetProperty("text").GetBytesFromBase64());
        var postData = entry.GetProperty("request").GetProperty("postData");
        Assert.Equal(broken, postData.GetProperty("_base64").GetBytesFromBase64());
    }

    [Fact]
    public void Write_FailedExchange_CarriesTheVerdictAndTimingsOfTheManifest()
    {
        var exchange = CraftedRecording.Exchange(1, "CreerDemandeMHS", m => CraftedRecording.Failing(m, "MHS211"));

        using var har = Export(CraftedRecording.Dialogue(exchange));

        var entry = har.RootElement.GetProperty("log").GetProperty("entries")[0];
        var omega = entry.GetProperty("_omega");
        Assert.Equal("fail", omega.GetProperty("verdict").GetString());
        Assert.Equal("MHS211", omega.GetProperty("violations")[0].GetProperty("rule").GetString());
        Assert.Equal("P", omega.GetProperty("typeRetourDialogue").GetString());
        Assert.Equal("en attente de RDV", omega.GetProperty("statusAfter").GetString());
        var timings = entry.GetProperty("timings");
        Assert.Equal(12.5, entry.GetProperty("time").GetDouble());
        Assert.Equal(10, timings.GetProperty("wait").GetDouble());
        var sum = new[] { "blocked", "dns", "connect", "send", "wait", "receive", "ssl" }
            .Select(name => timings.GetProperty(name).GetDouble()).Where(ms => ms >= 0).Sum();
        Assert.Equal(12.5, sum);
        var url = entry.GetProperty("request").GetProperty("url").GetString();
        Assert.Equal("http://127.0.0.1:8080/CreerDemandeMHS", url);
    }

    [Fact]
    public void Write_ExchangeRecordedOverHttp2WithTls_CarriesItsVersionAndScheme()
    {
        var exchange = CraftedRecording.Exchange(1, "CreerDemandeMHS", m => m with
        {
            Request = m.Request with { Protocol = "HTTP/2", Scheme = "https" },
        });

        using var har = Export(CraftedRecording.Dialogue(exchange));

        var entry = har.RootElement.GetProperty("log").GetProperty("entries")[0];
        var request = entry.GetProperty("request");
        Assert.Equal("https://127.0.0.1:8080/CreerDemandeMHS", request.GetProperty("url").GetString());
        Assert.Equal("HTTP/2", request.GetProperty("httpVersion").GetString());
        Assert.Equal("HTTP/2", entry.GetProperty("response").GetProperty("httpVersion").GetString());
    }

    [Fact]
    public void Write_ExchangeRecordedWithoutItsVersion_SaysUnknownOverHttp()
    {
        using var har = Export(CraftedRecording.Dialogue(CraftedRecording.Exchange(1, "CreerDemandeMHS")));

        var entry = har.RootElement.GetProperty("log").GetProperty("entries")[0];
        Assert.Equal("unknown", entry.GetProperty("request").GetProperty("httpVersion").GetString());
        Assert.Equal("unknown", entry.GetProperty("response").GetProperty("httpVersion").GetString());
        var url = entry.GetProperty("request").GetProperty("url").GetString();
        Assert.StartsWith("http://", url, StringComparison.Ordinal);
    }

    private static JsonDocument Export(RecordedDialogue dialogue)
    {
        using var output = new MemoryStream();
        new HarExporter().Write(dialogue, output);
        return JsonDocument.Parse(output.ToArray());
    }

    private static void AssertHas(string kind, JsonElement element)
    {
        var missing = Required[kind].Where(field => !element.TryGetProperty(field, out _)).ToArray();
        Assert.True(missing.Length == 0, $"{kind} lacks {string.Join(", ", missing)}");
    }
}
