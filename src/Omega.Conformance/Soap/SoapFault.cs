using System.Text;
using System.Xml;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Soap;

/// <summary>
/// A SOAP 1.1 Fault written by the tool itself (never by OMEGA): a refused request, an upstream that
/// is down or too slow. Its detail lists the violations, so the supplier sees why.
/// </summary>
public static class SoapFault
{
    /// <summary>The namespace of the detail elements; it names the tool, not OMEGA.</summary>
    public const string DetailNamespace = "urn:omega-conformance:fault";

    public const string ContentType = "text/xml; charset=utf-8";

    /// <summary>The faultcode: "Client" when the request is at fault, "Server" otherwise.</summary>
    public static byte[] Create(bool clientFault, string faultString, IEnumerable<Violation>? violations = null)
    {
        ArgumentNullException.ThrowIfNull(faultString);
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("soapenv", "Envelope", SoapNamespaces.Soap11);
            xml.WriteStartElement("soapenv", "Body", SoapNamespaces.Soap11);
            xml.WriteStartElement("soapenv", "Fault", SoapNamespaces.Soap11);
            xml.WriteElementString("faultcode", clientFault ? "soapenv:Client" : "soapenv:Server");
            xml.WriteElementString("faultstring", faultString);
            xml.WriteElementString("faultactor", "omega-conformance");
            WriteDetail(xml, violations);
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void WriteDetail(XmlWriter xml, IEnumerable<Violation>? violations)
    {
        if (violations is null)
        {
            return;
        }

        xml.WriteStartElement("detail");
        xml.WriteStartElement("omega", "violations", DetailNamespace);
        foreach (var violation in violations)
        {
            xml.WriteStartElement("omega", "violation", DetailNamespace);
            xml.WriteAttributeString("rule", violation.RuleId);
            xml.WriteAttributeString("severity", violation.Severity == Severity.Error ? "error" : "warning");
            xml.WriteAttributeString("path", violation.Path);
            if (violation.Line > 0)
            {
                xml.WriteAttributeString(
                    "line", violation.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            xml.WriteString(violation.Message);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
