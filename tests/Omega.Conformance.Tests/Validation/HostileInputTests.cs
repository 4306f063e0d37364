using System.Net;
using System.Net.Sockets;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;
using Omega.Testing;

namespace Omega.Conformance.Tests.Validation;

public sealed class HostileInputTests
{
    [Fact]
    public async Task Validate_ExternalEntities_AreRefusedAndNeverFetched()
    {
        var secret = Path.GetTempFileName();
        await File.WriteAllTextAsync(secret, "marker-4f1c-never-read");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var envelope = $"""
            <?xml version="1.0"?>
            <!DOCTYPE Envelope [
              <!ENTITY file SYSTEM "file://{secret}">
              <!ENTITY net SYSTEM "http://127.0.0.1:{port}/x">
            ]>
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>
              <RequeteWSVerifierRecevabiliteMHS xmlns="http://omega-conformance.invalid/CreerDemandeMHS">
                <DNEntreprise>&file;</DNEntreprise><NumeroCAD>&net;</NumeroCAD>
              </RequeteWSVerifierRecevabiliteMHS>
            </s:Body></s:Envelope>
            """;

        var result = Contracts.Validate(envelope);

        var violation = Assert.Single(result.Violations);
        Assert.Equal(StructuralRules.DtdProhibited.Id, violation.RuleId);
        Assert.Null(result.Message);
        Assert.DoesNotContain("marker-4f1c", violation.Message, StringComparison.Ordinal);
        Assert.False(listener.Pending(), "the validator connected to the entity's address");
        File.Delete(secret);
    }

    [Fact]
    public void Validate_BillionLaughs_IsRefusedWithoutExpansion()
    {
        var result = Contracts.ValidateFile(Samples.Invalid("billion-laughs.xml"));

        var violation = Assert.Single(result.Violations);
        Assert.Equal(StructuralRules.DtdProhibited.Id, violation.RuleId);
        Assert.Null(result.Message);
    }

    [Fact]
    public void Validate_XxeSample_IsRefused()
    {
        var result = Contracts.ValidateFile(Samples.Invalid("xxe.xml"));

        Assert.Equal([StructuralRules.DtdProhibited.Id], result.Violations.Select(v => v.RuleId));
    }

    [Fact]
    public void Validate_NestingDeeperThanTheLimit_IsReportedAndReadingStops()
    {
        var deep = string.Concat(Enumerable.Repeat("<a>", 10_000)) + string.Concat(Enumerable.Repeat("</a>", 10_000));
        var envelope = Samples.Envelope(
            "<RequeteWSAbandonnerRdv xmlns=\"http://omega-conformance.invalid/CreerDemandeMHS\">"
            + deep
            + "</RequeteWSAbandonnerRdv>");

        var result = Contracts.Validate(envelope);

        Assert.Contains(result.Violations, v => v.RuleId == StructuralRules.TooDeep.Id);
        Assert.False(result.IsConformant);
    }

    [Fact]
    public void Validate_EnvelopeLargerThanTheLimit_IsRefusedUnread()
    {
        var validator = new MessageValidator(Contracts.Shipped, limits: new XmlLimits(MaxBytes: 1024));
        var bytes = File.ReadAllBytes(RepositoryPaths.Example("RequeteWSCreerDemandeMHS"));

        var result = validator.Validate(bytes);

        Assert.Equal([StructuralRules.TooLarge.Id], result.Violations.Select(v => v.RuleId));
        Assert.Null(result.Message);
    }

    [Fact]
    public void Validate_LargerThanTheLimitOnAnUnseekableStream_IsRefusedWhileReading()
    {
        var validator = new MessageValidator(Contracts.Shipped, limits: new XmlLimits(MaxBytes: 1024));
        var bytes = File.ReadAllBytes(RepositoryPaths.Example("RequeteWSCreerDemandeMHS"));
        using var stream = new UnseekableStream(bytes);

        var result = validator.Validate(stream);

        Assert.Contains(result.Violations, v => v.RuleId == StructuralRules.TooLarge.Id);
    }

    [Fact]
    public void Validate_TruncatedEnvelope_IsMalformed()
    {
        var text = File.ReadAllText(RepositoryPaths.Example("RequeteWSCreerDemandeMHS"));

        var result = Contracts.Validate(text[..(text.Length / 2)]);

        Assert.Contains(result.Violations, v => v.RuleId == StructuralRules.Malformed.Id);
        Assert.False(result.IsConformant);
    }

    [Fact]
    public void Validate_InvalidUtf8_IsMalformed()
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Example("RequeteWSVerifierRecevabiliteMHS"));
        var at = Array.IndexOf(bytes, (byte)'j');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        var result = Contracts.Validator().Validate(bytes);

        var violation = Assert.Single(result.Violations);
        Assert.Equal(StructuralRules.Malformed.Id, violation.RuleId);
    }

    [Fact]
    public void Validate_Utf8MarkFollowedByAUtf16One_IsMalformedRatherThanThrown()
    {
        var example = File.ReadAllBytes(RepositoryPaths.Example("RequeteWSAccepterRdv"));
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0xFF, 0xFE, .. example];

        var result = Contracts.Validator().Validate(bytes);

        Assert.Equal([StructuralRules.Malformed.Id], result.Violations.Select(v => v.RuleId));
        Assert.Null(result.Message);
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
