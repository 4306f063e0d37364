using Omega.Conformance.Soap;
using Omega.Conformance.Validation;
using Omega.Testing;

namespace Omega.Conformance.Tests.Soap;

public sealed class EnvelopeTests
{
    private const string Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private const string Soap12 = "http://www.w3.org/2003/05/soap-envelope";

    [Fact]
    public void Validate_Soap11Example_IsReadAsSoap11()
    {
        var result = Contracts.ValidateFile(RepositoryPaths.Example("RequeteWSVerifierRecevabiliteMHS"));

        Assert.Equal(SoapVersion.Soap11, result.Envelope.Version);
    }

    [Fact]
    public void Validate_Soap12Envelope_IsReadAsSoap12AndValidated()
    {
        var text = File.ReadAllText(RepositoryPaths.Example("RequeteWSVerifierRecevabiliteMHS"))
            .Replace(Soap11, Soap12);

        var result = Contracts.Validate(text);

        Assert.Equal(SoapVersion.Soap12, result.Envelope.Version);
        Assert.Empty(result.Violations);
        Assert.Equal("RequeteWSVerifierRecevabiliteMHS", result.MessageName);
    }

    [Fact]
    public void Validate_RootIsNoEnvelope_IsReported()
    {
        var result = Contracts.Validate(
            "<RequeteWSAbandonnerRdv xmlns=\"http://omega-conformance.invalid/CreerDemandeMHS\"/>");

        var violation = Assert.Single(result.Violations);
        Assert.Equal(StructuralRules.NotAnEnvelope.Id, violation.RuleId);
        Assert.Equal(SoapVersion.Unknown, result.Envelope.Version);
    }

    [Fact]
    public void Validate_EnvelopeWithoutBody_IsReported()
    {
        var result = Contracts.Validate($"<s:Envelope xmlns:s=\"{Soap11}\"><s:Header/></s:Envelope>");

        Assert.Equal([StructuralRules.NoBody.Id], result.Violations.Select(v => v.RuleId));
    }

    [Fact]
    public void Validate_EmptyBody_IsReported()
    {
        var result = Contracts.Validate($"<s:Envelope xmlns:s=\"{Soap11}\"><s:Body/></s:Envelope>");

        Assert.Equal([StructuralRules.EmptyBody.Id], result.Violations.Select(v => v.RuleId));
    }

    [Fact]
    public void Validate_SeveralBodyChildren_ReportsTheExtraAndJudgesTheFirst()
    {
        var message = File.ReadAllText(RepositoryPaths.Example("RequeteWSAbandonnerRdv"));
        var start = message.IndexOf("<RequeteWSAbandonnerRdv", StringComparison.Ordinal);
        var end = message.IndexOf("</soapenv:Body>", StringComparison.Ordinal);
        var body = message[start..end];

        var result = Contracts.Validate(Samples.Envelope(body + "<Other/>"));

        var violation = Assert.Single(result.Violations);
        Assert.Equal(StructuralRules.SeveralBodyElements.Id, violation.RuleId);
        Assert.Equal("/Envelope/Body/Other", violation.Path);
        Assert.Equal("RequeteWSAbandonnerRdv", result.MessageName);
    }

    [Fact]
    public void Validate_MessageInAnotherNamespace_NamesTheExpectedOne()
    {
        var result = Contracts.Validate(Samples.Envelope("<RequeteWSAbandonnerRdv xmlns=\"urn:other\"/>"));

        var violation = Assert.Single(result.Violations);
        Assert.Equal(StructuralRules.UnknownMessage.Id, violation.RuleId);
        Assert.Contains(
            "http://omega-conformance.invalid/CreerDemandeMHS", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UndeclaredMessage_IsUnknown()
    {
        var result = Contracts.Validate(Samples.Envelope(
            "<RequeteWSCreerDemandeMES xmlns=\"http://omega-conformance.invalid/CreerDemandeMHS\"/>"));

        var violation = Assert.Single(result.Violations);
        Assert.Equal(StructuralRules.UnknownMessage.Id, violation.RuleId);
        Assert.Null(result.Binding);
    }

    [Fact]
    public void Validate_SoapFault_IsReadAsAFaultWithoutSchemaViolations()
    {
        var result = Contracts.Validate(Samples.Envelope(
            "<s:Fault><faultcode>s:Server</faultcode><faultstring>Indisponible</faultstring></s:Fault>"));

        Assert.True(result.Envelope.IsFault);
        Assert.Empty(result.Violations);
    }

    [Theory]
    [InlineData("<s:Header/>")]
    [InlineData("<s:Inconnu>x</s:Inconnu>")]
    [InlineData("<f:Fault xmlns:f=\"http://www.w3.org/2003/05/soap-envelope\"><f:Code/></f:Fault>")]
    public void Validate_BodyElementOfTheSoapNamespaceOtherThanItsFault_IsNoMessage(string element)
    {
        var result = Contracts.Validate(Samples.Envelope(element));

        Assert.Equal([StructuralRules.UnknownMessage.Id], result.Violations.Select(v => v.RuleId));
        Assert.False(result.IsConformant);
    }
}
