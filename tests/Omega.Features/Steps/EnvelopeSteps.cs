using System.Text;
using System.Text.RegularExpressions;
using Omega.Features.Scenario;
using Omega.Features.Supplier;
using TechTalk.SpecFlow;

namespace Omega.Features.Steps;

/// <summary>
/// Checks that are no message of the contract, or not one it can read: the structural layer's rules
/// (XML, SOAP, XSD), each broken by itself on the check of the scenario's PCE.
/// </summary>
[Binding]
public sealed class EnvelopeSteps(SupplierDialogue dialogue)
{
    private const string Operation = "VerifierRecevabiliteMHS";
    private const string Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    [When(@"^the supplier sends a check (.+)$")]
    public Task WhenTheSupplierSendsACheckAsync(string how)
    {
        var check = dialogue.Requests.Verifier(dialogue.RequirePce());
        var text = check.ToString();
        var request = how switch
        {
            "that is not well-formed XML" =>
                Bytes(text[..text.LastIndexOf("</soapenv:Body>", StringComparison.Ordinal)]),
            "with a DTD" => Bytes(text.Replace(
                "?>", "?>\n<!DOCTYPE soapenv:Envelope [ <!ENTITY pce \"1\"> ]>", StringComparison.Ordinal)),
            "larger than the envelope limit" => Bytes(text.Replace(
                "</soapenv:Body>", "</soapenv:Body>" + new string(' ', 1_100_000), StringComparison.Ordinal)),
            "nested deeper than the limit" => Bytes(Regex.Replace(
                text,
                "<soapenv:Header ?/>",
                "<soapenv:Header>" + string.Concat(Enumerable.Repeat("<x:Bloc xmlns:x=\"urn:bloc\">", 70))
                + string.Concat(Enumerable.Repeat("</x:Bloc>", 70)) + "</soapenv:Header>")),
            "whose root is not a SOAP Envelope" => Bytes(text.Replace(Soap, "urn:not-soap", StringComparison.Ordinal)),
            "in an Envelope without a Body" =>
                Bytes(Between(text, "<soapenv:Body>", "</soapenv:Body>", keepOuter: false)),
            "with an empty Body" => Bytes(Between(text, "<soapenv:Body>", "</soapenv:Body>", keepOuter: true)),
            "with two messages in its Body" => check.Duplicate("RequeteWSVerifierRecevabiliteMHS"),
            "of a message the contract does not declare" =>
                Bytes(text.Replace(
                    "RequeteWSVerifierRecevabiliteMHS",
                    "RequeteWSVerifierRecevabiliteMHT",
                    StringComparison.Ordinal)),
            "with a field the contract does not know" => check.AddUnknown("CodePostal", "Commune", "Lyon"),
            "with an attribute the contract does not know" => check.Attribute("NumeroPCE", "type", "gaz"),
            _ => throw new InvalidOperationException($"The suite does not know how to send a check \"{how}\"."),
        };
        return dialogue.SendAsync(request);
    }

    private static SupplierRequest Bytes(string text) =>
        SupplierRequest.FromBytes(Operation, Encoding.UTF8.GetBytes(text));

    /// <summary>The text without what lies between the two marks, the marks kept or not.</summary>
    private static string Between(string text, string open, string close, bool keepOuter)
    {
        var start = text.IndexOf(open, StringComparison.Ordinal);
        var end = text.IndexOf(close, StringComparison.Ordinal) + close.Length;
        var kept = keepOuter ? open + close : string.Empty;
        return string.Concat(text.AsSpan(0, start), kept, text.AsSpan(end));
    }
}
