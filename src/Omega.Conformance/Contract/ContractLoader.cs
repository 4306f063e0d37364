using System.Xml;
using System.Xml.Schema;

namespace Omega.Conformance.Contract;

/// <summary>
/// Reads every XSD of a folder into one compiled <see cref="ServiceContract"/>. Files included or
/// imported by another are read through it, not twice, so a folder holding an official delivery
/// (a main schema and its parts) loads as it is.
/// </summary>
public static class ContractLoader
{
    private const string XsdNamespace = "http://www.w3.org/2001/XMLSchema";

    /// <summary>The folder of the contract shipped with the tool, copied beside the executable.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "xsd");

    /// <exception cref="ContractException">The folder is missing, or a schema is unreadable or invalid.</exception>
    public static ServiceContract Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new ContractException($"no XSD folder at '{folder}'");
        }

        var files = Directory.GetFiles(root, "*.xsd", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            throw new ContractException($"no .xsd file in '{folder}'");
        }

        var resolver = new FolderResolver(root);
        var referenced = files.SelectMany(ReferencedFiles).ToHashSet(StringComparer.Ordinal);
        var errors = new List<string>();
        var schemas = new XmlSchemaSet { XmlResolver = resolver };
        schemas.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                errors.Add(Describe(e.Exception));
            }
        };

        foreach (var file in files.Where(file => !referenced.Contains(file)))
        {
            schemas.Add(ReadSchema(file));
        }

        try
        {
            schemas.Compile();
        }
        catch (XmlException e)
        {
            throw new ContractException($"cannot compile the XSD of '{folder}': {e.Message}", e);
        }

        if (errors.Count > 0)
        {
            throw new ContractException($"invalid XSD in '{folder}': {errors[0]}");
        }

        return new ServiceContract(root, schemas);
    }

    private static XmlSchema ReadSchema(string file)
    {
        try
        {
            using var reader = XmlReader.Create(file, SafeSettings());
            return XmlSchema.Read(reader, null)
                ?? throw new ContractException($"cannot read the XSD '{file}'");
        }
        catch (Exception e) when (e is XmlException or XmlSchemaException or IOException
                                       or UnauthorizedAccessException)
        {
            throw new ContractException($"cannot read the XSD '{file}': {e.Message}", e);
        }
    }

    /// <summary>The full paths of the files a schema includes, imports or redefines.</summary>
    private static IEnumerable<string> ReferencedFiles(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        var found = new List<string>();
        try
        {
            using var reader = XmlReader.Create(file, SafeSettings());
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element
                    && reader.NamespaceURI == XsdNamespace
                    && reader.LocalName is "include" or "import" or "redefine"
                    && reader.GetAttribute("schemaLocation") is { Length: > 0 } location
                    && !location.Contains("://", StringComparison.Ordinal))
                {
                    found.Add(Path.GetFullPath(Path.Combine(folder, location)));
                }
            }
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            throw new ContractException($"cannot read the XSD '{file}': {e.Message}", e);
        }

        return found;
    }

    private static XmlReaderSettings SafeSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    };

    private static string Describe(XmlSchemaException e) =>
        e.SourceUri is { Length: > 0 } uri
            ? $"{Path.GetFileName(new Uri(uri).LocalPath)}:{e.LineNumber}:{e.LinePosition}: {e.Message}"
            : e.Message;
}
