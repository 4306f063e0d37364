using System.Xml.Linq;
using Omega.Testing;

namespace Omega.Hardening.Tests.Mutation;

/// <summary>What the mutations draw from: the example envelopes, their element names and their values.</summary>
internal sealed class Corpus
{
    private Corpus(IReadOnlyList<(string Name, byte[] Bytes)> examples)
    {
        Examples = examples;
        var documents = examples.Select(e => XDocument.Parse(System.Text.Encoding.UTF8.GetString(e.Bytes))).ToList();
        ElementNames = [.. documents.SelectMany(d => d.Descendants()).Select(e => e.Name.LocalName).Distinct().Order()];
        Values = [.. documents.SelectMany(d => d.Descendants()).Where(e => !e.HasElements && e.Value.Length > 0)
            .Select(e => e.Value).Distinct().Order()];
    }

    public static Corpus Shipped { get; } = new([.. Directory.GetFiles(RepositoryPaths.Examples, "*.xml")
        .Order(StringComparer.Ordinal)
        .Select(file => (Path.GetFileNameWithoutExtension(file), File.ReadAllBytes(file)))]);

    public IReadOnlyList<(string Name, byte[] Bytes)> Examples { get; }

    /// <summary>Every local name the examples use, envelope and message alike.</summary>
    public IReadOnlyList<string> ElementNames { get; }

    /// <summary>Every leaf value the examples carry.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Values that break types, patterns, lengths, parsers: borders, wrong shapes, odd characters.</summary>
    public static IReadOnlyList<string> Awkward { get; } =
    [
        "", " ", "0", "-1", "007", "1e9", "NaN", "99999999999999999999999999", "true", "TRUE", "1", "2",
        "2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31", "2026-12-07T09:00:00", "20261207", "24:00", "23:59:60",
        "V1", "V11", "v10", "P", "A", "T", "X", "DmdKo", "MHS", "MHS-F", "AUTRE", "MATIN", "S", "PNO",
        new string('A', 300), new string('9', 15), new string('9', 13), "é漢字🙂", "Ω", "\t", "a\u00A0b",
        "&amp;", "&lt;&gt;", "&#x1F600;", "&#xD800;", "&#0;", "&unknown;", "<![CDATA[x]]>", "]]>", "<", "&",
        "CN=x, O=y, C=FR", "CN=\"a,b\"", "+=,", "CN=" + new string('x', 2000),
    ];
}
