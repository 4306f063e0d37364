using System.Text;
using System.Xml;

namespace Omega.Simulator.Engine;

/// <summary>Writes answers and SOAP Faults as SOAP 1.1 envelopes, in the contract's namespace.</summary>
internal sealed class AnswerWriter
{
    private const string SoapNamespace = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    private readonly string _namespace;

    public AnswerWriter(string contractNamespace)
    {
        _namespace = contractNamespace;
    }

    /// <summary>The answer of an operation; <paramref name="objectName"/> is the element of its dates.</summary>
    public string Write(string root, string? objectName, Answer answer) => Envelope(writer =>
    {
        writer.WriteStartElement(root, _namespace);
        writer.WriteElementString("TypeRetourDialogue", _namespace, answer.TypeRetourDialogue);
        writer.WriteStartElement("Retour", _namespace);
        writer.WriteElementString("CodeRetour", _namespace, answer.Code.Code);
        foreach (var message in answer.Messages)
        {
            writer.WriteElementString("MessageRetour", _namespace, message);
        }

        writer.WriteEndElement();
        if (answer.Options.Count > 0)
        {
            WriteOptions(writer, answer);
        }
        else if (objectName is not null && answer.NumeroDemande is not null)
        {
            WriteObject(writer, objectName, answer);
        }

        writer.WriteEndElement();
    });

    /// <summary>A SOAP 1.1 Fault: faultcode "soapenv:Client" or "soapenv:Server".</summary>
    public static string Fault(string code, string reason) => Envelope(writer =>
    {
        writer.WriteStartElement("soapenv", "Fault", SoapNamespace);
        writer.WriteElementString("faultcode", "soapenv:" + code);
        writer.WriteElementString("faultstring", reason);
        writer.WriteEndElement();
    });

    private void WriteOptions(XmlWriter writer, Answer answer)
    {
        writer.WriteStartElement("RetourRecupererDonneesObjet", _namespace);
        foreach (var (option, presence) in answer.Options)
        {
            writer.WriteStartElement("ListeOptionPrestation", _namespace);
            writer.WriteElementString("OptionPrestation", _namespace, option);
            writer.WriteElementString("PresenceClient", _namespace, presence);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private void WriteObject(XmlWriter writer, string objectName, Answer answer)
    {
        writer.WriteStartElement(objectName, _namespace);
        writer.WriteElementString("NumeroDemande", _namespace, answer.NumeroDemande);
        if (answer.PresenceClient is not null)
        {
            writer.WriteElementString("PresenceClient", _namespace, answer.PresenceClient);
        }

        if (answer.DateDemandee is not null)
        {
            writer.WriteElementString("DateDemandee", _namespace, answer.DateDemandee);
        }

        foreach (var slot in answer.Slots)
        {
            writer.WriteStartElement("ListeDatePlage", _namespace);
            writer.WriteElementString("Date", _namespace, slot.DateText);
            writer.WriteElementString("Plage", _namespace, slot.Plage.Name);
            writer.WriteEndElement();
        }

        if (answer.Programmee is { } programmee)
        {
            writer.WriteStartElement("DateProgrammee", _namespace);
            writer.WriteElementString("Date", _namespace, programmee.DateText);
            writer.WriteElementString("PlageHoraire", _namespace, programmee.Plage.Name);
            writer.WriteElementString("HeureMin", _namespace, programmee.Plage.From);
            writer.WriteElementString("HeureMax", _namespace, programmee.Plage.To);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static string Envelope(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("soapenv", "Envelope", SoapNamespace);
            writer.WriteStartElement("soapenv", "Body", SoapNamespace);
            body(writer);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
