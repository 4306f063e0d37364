using System.Globalization;
using System.Text;

namespace Omega.Bench.Payloads;

/// <summary>
/// The bench's files, written under one folder: for each size the request variants the load
/// generators rotate through and the one answer the upstream returns; the batch of envelopes that
/// <c>omega validate</c> and xmllint both judge; and the envelope schema xmllint needs to judge a
/// whole envelope, whose Body it checks against the contract.
/// </summary>
internal sealed class PayloadSet(string root, int batchSize)
{
    public const int Variants = 16;

    public string Root => root;

    public string EnvelopeSchema => Path.Combine(root, "soap-envelope.xsd");

    /// <summary>One folder per batch size, each written over in place: deleting thousands of files is slow.</summary>
    public string BatchFolder => Path.Combine(root, string.Create(CultureInfo.InvariantCulture, $"batch-{batchSize}"));

    public string Folder(PayloadSize size) => Path.Combine(root, size.Name);

    public string Response(PayloadSize size) => Path.Combine(Folder(size), "response.xml");

    public string Request(PayloadSize size, int variant) =>
        Path.Combine(Folder(size), $"request-{variant:D2}.xml");

    public IEnumerable<string> Requests(PayloadSize size) =>
        Enumerable.Range(0, Variants).Select(variant => Request(size, variant));

    /// <summary>Writes every file; the batch holds requests and answers of every size in equal shares.</summary>
    public void Write(string contractNamespace, string contractFile)
    {
        var payloads = new MhsPayloads(contractNamespace);
        foreach (var size in PayloadSize.All)
        {
            Directory.CreateDirectory(Folder(size));
            File.WriteAllBytes(Response(size), payloads.Response(size));
            for (var variant = 0; variant < Variants; variant++)
            {
                File.WriteAllBytes(Request(size, variant), payloads.Request(size, variant));
            }
        }

        Directory.CreateDirectory(BatchFolder);
        var responses = PayloadSize.All.ToDictionary(size => size, payloads.Response);
        for (var index = 0; index < batchSize; index++)
        {
            var size = PayloadSize.All[index % PayloadSize.All.Count];
            var isRequest = index / PayloadSize.All.Count % 2 == 0;
            var kind = isRequest ? "request" : "response";
            var name = string.Create(CultureInfo.InvariantCulture, $"{index:D5}-{size.Name}-{kind}.xml");
            File.WriteAllBytes(
                Path.Combine(BatchFolder, name),
                isRequest ? payloads.Request(size, index) : responses[size]);
        }

        File.WriteAllText(EnvelopeSchema, EnvelopeSchemaText(contractNamespace, Path.GetFullPath(contractFile)));
    }

    /// <summary>
    /// SOAP 1.1's Envelope, reduced to what omega judges: the Header is skipped, the Body's message
    /// must be one the contract declares, and valid.
    /// </summary>
    private static string EnvelopeSchemaText(string contractNamespace, string contractFile) => new StringBuilder()
        .AppendLine("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .AppendLine("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"")
        .AppendLine("           targetNamespace=\"http://schemas.xmlsoap.org/soap/envelope/\"")
        .AppendLine("           elementFormDefault=\"qualified\">")
        .AppendLine(CultureInfo.InvariantCulture, $"  <xs:import namespace=\"{contractNamespace}\"")
        .AppendLine(CultureInfo.InvariantCulture, $"    schemaLocation=\"{new Uri(contractFile).AbsoluteUri}\"/>")
        .AppendLine("  <xs:element name=\"Envelope\">")
        .AppendLine("    <xs:complexType>")
        .AppendLine("      <xs:sequence>")
        .AppendLine("        <xs:element name=\"Header\" minOccurs=\"0\">")
        .AppendLine("          <xs:complexType><xs:sequence>")
        .AppendLine("  <xs:any namespace=\"##other\" processContents=\"skip\"")
        .AppendLine("          minOccurs=\"0\" maxOccurs=\"unbounded\"/>")
        .AppendLine("          </xs:sequence></xs:complexType>")
        .AppendLine("        </xs:element>")
        .AppendLine("        <xs:element name=\"Body\">")
        .AppendLine("          <xs:complexType><xs:sequence>")
        .AppendLine(CultureInfo.InvariantCulture, $"  <xs:any namespace=\"{contractNamespace}\"")
        .AppendLine("          processContents=\"strict\"/>")
        .AppendLine("          </xs:sequence></xs:complexType>")
        .AppendLine("        </xs:element>")
        .AppendLine("      </xs:sequence>")
        .AppendLine("    </xs:complexType>")
        .AppendLine("  </xs:element>")
        .AppendLine("</xs:schema>")
        .ToString();
}
