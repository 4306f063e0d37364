using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Omega.Hardening.Tests.Mutation;

/// <summary>
/// Mutations of the XML tree, which stays well-formed: elements removed, repeated, moved, swapped,
/// renamed, emptied, wrapped, put in another namespace; the message replaced by another; the
/// envelope's SOAP version changed; nesting taken to the depth limit.
/// </summary>
internal static class StructureMutator
{
    private const string Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private const string Soap12 = "http://www.w3.org/2003/05/soap-envelope";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly XNamespace Security = "urn:security";

    private static readonly string[] Kinds =
    [
        "remove", "repeat", "move", "swap", "rename", "empty", "wrap", "namespace", "nil", "other-message",
        "second-body-element", "soap-version", "deep", "header-content", "reorder-children",
    ];

    public static (string Kind, byte[] Bytes) Apply(Random random, byte[] bytes, Corpus corpus)
    {
        var kind = Kinds[random.Next(Kinds.Length)];
        if (Parse(bytes) is not { Root: { } root } document)
        {
            return ("unparsed", bytes);
        }

        var elements = root.Descendants().ToList();
        var element = elements.Count > 0 ? elements[random.Next(elements.Count)] : root;
        var message = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "Body")?.Elements().FirstOrDefault();
        switch (kind)
        {
            case "remove" when element.Parent is not null:
                element.Remove();
                break;
            case "repeat":
                element.AddAfterSelf(new XElement(element));
                break;
            case "move" when element.Parent is not null && elements.Count > 1:
                var target = elements[random.Next(elements.Count)];
                if (!target.AncestorsAndSelf().Contains(element))
                {
                    element.Remove();
                    target.Add(element);
                }

                break;
            case "swap" when element.ElementsAfterSelf().FirstOrDefault() is { } next:
                var copy = new XElement(element);
                element.ReplaceWith(new XElement(next));
                next.ReplaceWith(copy);
                break;
            case "rename":
                element.Name = element.Name.Namespace + corpus.ElementNames[random.Next(corpus.ElementNames.Count)];
                break;
            case "empty":
                element.RemoveNodes();
                break;
            case "wrap" when element.Parent is not null:
                element.ReplaceWith(new XElement(element.Name.Namespace + "Liste" + element.Name.LocalName, element));
                break;
            case "namespace":
                element.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
                var other = random.Next(2) == 0 ? XNamespace.None : XNamespace.Get("urn:omega:other");
                element.Name = other + element.Name.LocalName;
                break;
            case "nil":
                element.RemoveNodes();
                element.SetAttributeValue(Xsi + "nil", "true");
                break;
            case "other-message" when message is not null:
                message.ReplaceWith(MessageOf(corpus.Examples[random.Next(corpus.Examples.Count)].Bytes));
                break;
            case "second-body-element" when message is not null:
                message.AddAfterSelf(MessageOf(corpus.Examples[random.Next(corpus.Examples.Count)].Bytes));
                break;
            case "soap-version":
                SwapSoapVersion(root);
                break;
            case "deep" when message?.Elements().FirstOrDefault() is { } field:
                var depth = 55 + random.Next(15);
                var chain = new XElement(field.Name.Namespace + "x");
                var innermost = chain;
                for (var i = 1; i < depth; i++)
                {
                    var inner = new XElement(field.Name.Namespace + "x");
                    innermost.Add(inner);
                    innermost = inner;
                }

                field.AddAfterSelf(chain);
                break;
            case "header-content":
                var header = root.Elements().FirstOrDefault(e => e.Name.LocalName == "Header");
                header?.Add(new XElement(Security + "Token", new XAttribute("mustUnderstand", "1"), "x"));
                break;
            case "reorder-children" when element.Elements().Count() > 1:
                var children = element.Elements().ToList();
                children.ForEach(child => child.Remove());
                element.Add(children.OrderBy(_ => random.Next()));
                break;
            default:
                element.Add(new XElement(element.Name.Namespace + "Inconnu", "x"));
                break;
        }

        var formatting = random.Next(2) == 0 ? SaveOptions.DisableFormatting : SaveOptions.None;
        try
        {
            return (kind, Encoding.UTF8.GetBytes(document.Declaration + document.ToString(formatting)));
        }
        catch (XmlException)
        {
            // A tree LINQ to XML cannot write (a prefix bound twice on one element): the case keeps its bytes.
            return ("unwritable", bytes);
        }
    }

    private static XDocument? Parse(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static XElement MessageOf(byte[] example) =>
        Parse(example)!.Root!.Descendants().First(e => e.Name.LocalName == "Body").Elements().First();

    private static void SwapSoapVersion(XElement root)
    {
        var from = root.Name.NamespaceName == Soap12 ? Soap12 : Soap11;
        XNamespace to = from == Soap12 ? Soap11 : Soap12;
        foreach (var element in root.DescendantsAndSelf().Where(e => e.Name.NamespaceName == from).ToList())
        {
            element.Name = to + element.Name.LocalName;
        }

        foreach (var declaration in root.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == from).ToList())
        {
            declaration.Value = to.NamespaceName;
        }
    }
}
