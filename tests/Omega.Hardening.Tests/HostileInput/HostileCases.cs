using System.Text;
using Omega.Testing;

namespace Omega.Hardening.Tests.HostileInput;

/// <summary>
/// The hostile envelopes, each built from the VerifierRecevabiliteMHS example with one attack in it,
/// and the rule each is reported under. The 100 MB body is streamed, not built: see its own tests.
/// </summary>
internal static class HostileCases
{
    private const string Example = "RequeteWSVerifierRecevabiliteMHS";
    private const string Prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private const string Dn = "CN=fournisseur-demo.example, OU=OMEGA, O=Fournisseur Demo, C=FR";
    private const string MessageStart = "<RequeteWSVerifierRecevabiliteMHS ";
    private const string Soap12 = "http://www.w3.org/2003/05/soap-envelope";

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        new("xxe-file", "XML002", world => WithDtd(
            $"<!DOCTYPE soapenv:Envelope [<!ENTITY secret SYSTEM \"{world.FileUri}\">]>", "&secret;")),
        new("xxe-network", "XML002", world => WithDtd(
            $"<!DOCTYPE soapenv:Envelope [<!ENTITY remote SYSTEM \"{world.NetworkUrl}\">]>", "&remote;")),
        new("xxe-parameter-entity", "XML002", world => WithDtd(
            $"<!DOCTYPE soapenv:Envelope [<!ENTITY % remote SYSTEM \"{world.NetworkUrl}/evil.dtd\"> %remote;]>", Dn)),
        new("external-dtd", "XML002", world => WithDtd(
            $"<!DOCTYPE soapenv:Envelope SYSTEM \"{world.NetworkUrl}/omega.dtd\">", Dn)),
        new("xsi-schema-location", null, world => Edit(text => text.Replace(
            MessageStart,
            MessageStart + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + $"xsi:schemaLocation=\"http://omega-conformance.invalid/CreerDemandeMHS {world.NetworkUrl}/omega.xsd\" ",
            StringComparison.Ordinal))),
        new("xinclude-file", "XSD003", world => Edit(text => text.Replace(
            "</NumeroCAD>",
            "</NumeroCAD><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" "
            + $"href=\"{world.FileUri}\" parse=\"text\"/>",
            StringComparison.Ordinal))),
        new("billion-laughs", "XML002", _ => WithDtd(BillionLaughs(), "&lol9;")),
        new("quadratic-blowup", "XML002", _ => WithDtd(
            $"<!DOCTYPE soapenv:Envelope [<!ENTITY big \"{new string('x', 50_000)}\">]>",
            Repeat("&big;", 2_000))),
        new("text-split-in-cdata", "MHS106", _ => Edit(text => text.Replace(
            "<NumeroPCE>19112345678901</NumeroPCE>",
            "<NumeroPCE>" + Repeat("<![CDATA[1]]>", 60_000) + "</NumeroPCE>",
            StringComparison.Ordinal))),
        new("nesting-10000-deep", "XML004", _ => Edit(text => text.Replace(
            "</NumeroCAD>",
            "</NumeroCAD>" + Repeat("<a>", 10_000) + Repeat("</a>", 10_000),
            StringComparison.Ordinal))),
        new("attribute-flood", "XSD005", _ => Edit(text => text.Replace(
            MessageStart,
            MessageStart + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"a{i}=\"{i}\" ")),
            StringComparison.Ordinal))),
        // The contract sets no length on NumeroCAD: the envelope limit is what bounds it.
        new("field-of-900-kb", null, _ => Edit(text => text.Replace(
            "<NumeroCAD>GS9912</NumeroCAD>",
            $"<NumeroCAD>{new string('9', 900_000)}</NumeroCAD>",
            StringComparison.Ordinal))),
        new("truncated", "XML001", _ => Original()[..(Original().Length / 2)]),
        new("empty", "XML001", _ => []),
        new("invalid-utf8", "XML001", _ => InvalidUtf8()),
        new("nul-character-reference", "XML001", _ => Edit(text => text.Replace(
            "<Login>jdemo</Login>", "<Login>jd&#0;emo</Login>", StringComparison.Ordinal))),
        new("declares-utf16-sends-utf8", "XML001", _ => Edit(text => text.Replace(
            "encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal))),
        new("declares-unknown-encoding", "XML001", _ => Edit(text => text.Replace(
            "encoding=\"UTF-8\"", "encoding=\"x-omega-7bit\"", StringComparison.Ordinal))),
        new("soap12-under-soap11-content-type", null, _ => Edit(text => text.Replace(
            "http://schemas.xmlsoap.org/soap/envelope/", Soap12, StringComparison.Ordinal)), ProxyRule: "SOAP005"),
        new("several-body-children", "SOAP004", _ => Edit(text =>
        {
            var start = text.IndexOf("<RequeteWS", StringComparison.Ordinal);
            var end = text.IndexOf("</soapenv:Body>", StringComparison.Ordinal);
            return text.Replace("</soapenv:Body>", text[start..end] + "</soapenv:Body>", StringComparison.Ordinal);
        })),
        new("no-body", "SOAP002", _ => Edit(text =>
            text[..text.IndexOf("<soapenv:Body>", StringComparison.Ordinal)] + "</soapenv:Envelope>")),
    ];

    public static HostileCase Named(string name) => All.Single(c => c.Name == name);

    public static TheoryData<string> Names() => new(All.Select(c => c.Name));

    private static byte[] Original() => File.ReadAllBytes(RepositoryPaths.Example(Example));

    private static byte[] Edit(Func<string, string> edit)
    {
        var text = Encoding.UTF8.GetString(Original());
        var edited = edit(text);
        if (edited == text)
        {
            throw new InvalidOperationException("the edit missed: the example changed");
        }

        return Encoding.UTF8.GetBytes(edited);
    }

    /// <summary>The example with a DOCTYPE after its prolog and the DNEntreprise's value replaced.</summary>
    private static byte[] WithDtd(string doctype, string dnEntreprise) => Edit(text => text
        .Replace(Prolog, Prolog + "\n" + doctype, StringComparison.Ordinal)
        .Replace(Dn, dnEntreprise, StringComparison.Ordinal));

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static string BillionLaughs()
    {
        var entities = new StringBuilder("<!DOCTYPE soapenv:Envelope [<!ENTITY lol0 \"lol\">");
        for (var level = 1; level <= 9; level++)
        {
            entities.Append($"<!ENTITY lol{level} \"{Repeat($"&lol{level - 1};", 10)}\">");
        }

        return entities.Append("]>").ToString();
    }

    private static byte[] InvalidUtf8()
    {
        var bytes = Original();
        var at = Array.IndexOf(bytes, (byte)'j');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        return bytes;
    }
}
