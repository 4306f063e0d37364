using System.Diagnostics;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Omega.Testing;

namespace Omega.Hardening.Tests.Mutation;

/// <summary>
/// Checks a message against the shipped XSD without the validator under test: a schema set read
/// straight from the file and a validating reader, then libxml2's xmllint, once for a whole batch.
/// </summary>
internal static class IndependentSchemaCheck
{
    private static readonly string Xsd = Path.Combine(RepositoryPaths.Xsd, "CreerDemandeMHS.xsd");

    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        set.Add(null, Xsd);
        set.Compile();
        return set;
    });

    /// <summary>The first element of the envelope's Body, as a document of its own; null when there is none.</summary>
    public static XDocument? MessageOf(byte[] envelope)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(envelope), settings);
        var root = XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root!;
        var message = root.Elements(root.Name.Namespace + "Body").FirstOrDefault()?.Elements().FirstOrDefault();
        return message is null ? null : new XDocument(message);
    }

    /// <summary>The schema errors the validating reader finds in the message; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(XDocument message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema, Schemas = Schemas.Value, XmlResolver = null,
        };
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        using var reader = XmlReader.Create(message.CreateReader(), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    /// <summary>The files xmllint does not find valid, with its words; empty when all are.</summary>
    public static async Task<IReadOnlyList<string>> XmllintRejectsAsync(IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var rejected = new List<string>();
        foreach (var batch in files.Chunk(500))
        {
            var start = new ProcessStartInfo("xmllint") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in (string[])["--noout", "--nonet", "--schema", Xsd, .. batch])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)
                ?? throw new InvalidOperationException(
                    "xmllint did not start: .ci/run installs it (Debian package libxml2-utils).");
            var errors = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var lines = (await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            rejected.AddRange(lines.Where(line => !line.EndsWith(" validates", StringComparison.Ordinal)));
        }

        return rejected;
    }
}
