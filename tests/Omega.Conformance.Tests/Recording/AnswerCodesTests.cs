using System.Text;
using Omega.Conformance.Recording;
using Omega.Testing;

namespace Omega.Conformance.Tests.Recording;

public sealed class AnswerCodesTests
{
    [Fact]
    public void Of_ExampleAnswer_ReadsTypeRetourDialogueCodeRetourAndMessageRetour()
    {
        var codes = AnswerCodes.Of(File.ReadAllBytes(RepositoryPaths.Example("ReponseWSCreerDemandeMHS")));

        Assert.Equal("P", codes.TypeRetourDialogue);
        Assert.Equal("ListeDP", codes.CodeRetour);
        Assert.StartsWith("La date et la plage horaire", codes.MessageRetour, StringComparison.Ordinal);
        Assert.Equal("P ListeDP", codes.Summary);
    }

    [Fact]
    public void Of_SoapFault_ReadsItsFaultstring()
    {
        var fault = """
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault>
            <faultcode>s:Client</faultcode><faultstring>no recorded answer</faultstring>
            </s:Fault></s:Body></s:Envelope>
            """;

        var codes = AnswerCodes.Of(Encoding.UTF8.GetBytes(fault));

        Assert.Equal("Fault: no recorded answer", codes.Summary);
        Assert.Null(codes.CodeRetour);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>")]
    public void Of_NoAnswerOrHostileBytes_GivesNoCodesWithoutThrowing(string body)
    {
        Assert.Equal(AnswerCodes.None, AnswerCodes.Of(Encoding.UTF8.GetBytes(body)));
    }
}
