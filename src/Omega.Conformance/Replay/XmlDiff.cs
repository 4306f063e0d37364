using System.Text.RegularExpressions;
using System.Xml;
using Org.XmlUnit.Builder;
using Org.XmlUnit.Diff;
using Omega.Conformance.Soap;

namespace Omega.Conformance.Replay;

/// <summary>
/// Compares a recorded message with a live one as XML, with XMLUnit: blind to namespace prefixes,
/// indentation and comments, and to the volatile fields. Only the messages in the Bodies are
/// compared; differences come with the answer's CodeRetour first, since that is what a reader wants.
/// </summary>
public static partial class XmlDiff
{
    public static IReadOnlyList<XmlDifference> Compare(
        ReadOnlyMemory<byte> recorded,
        ReadOnlyMemory<byte> live,
        VolatileFields volatileFields)
    {
        ArgumentNullException.ThrowIfNull(volatileFields);
        var (control, controlError) = SafeXml.Load(recorded);
        var (test, testError) = SafeXml.Load(live);
        if (control is null || test is null)
        {
            return controlError == testError && control is null && test is null
                ? []
                : [new XmlDifference("/", "xml", controlError ?? "well-formed", testError ?? "well-formed")];
        }

        // XMLUnit reads its own copy of the nodes, so the volatile ones are taken out beforehand.
        volatileFields.Remove(control);
        volatileFields.Remove(test);
        var diff = DiffBuilder.Compare(Input.FromNode(SafeXml.MessageOf(control)!))
            .WithTest(Input.FromNode(SafeXml.MessageOf(test)!))
            .IgnoreWhitespace()
            .IgnoreComments()
            .WithNodeMatcher(new DefaultNodeMatcher(ElementSelectors.ByName))
            .CheckForSimilar()
            .Build();

        return diff.Differences
            .Where(d => d.Result == ComparisonResult.DIFFERENT)
            .Select(Describe)
            .OfType<XmlDifference>()
            .Distinct()
            .OrderBy(d => d.Path.EndsWith("/CodeRetour", StringComparison.Ordinal) ? 0
                : d.Path.EndsWith("/TypeRetourDialogue", StringComparison.Ordinal) ? 1 : 2)
            .ToList();
    }

    private static XmlDifference? Describe(Difference difference)
    {
        var comparison = difference.Comparison;
        var control = comparison.ControlDetails;
        var test = comparison.TestDetails;
        var path = PathOf(control.XPath ?? test.XPath ?? control.ParentXPath ?? test.ParentXPath);
        return comparison.Type switch
        {
            ComparisonType.TEXT_VALUE => new XmlDifference(path, "value", Text(control.Value), Text(test.Value)),
            ComparisonType.CHILD_LOOKUP when test.Target is null =>
                new XmlDifference(PathOf(control.XPath), "missing", Text(control.Target), null),
            ComparisonType.CHILD_LOOKUP => new XmlDifference(PathOf(test.XPath), "unexpected", null, Text(test.Target)),
            ComparisonType.ELEMENT_TAG_NAME => new XmlDifference(path, "name", Text(control.Value), Text(test.Value)),
            ComparisonType.NAMESPACE_URI => new XmlDifference(path, "namespace", Text(control.Value), Text(test.Value)),
            ComparisonType.ATTR_VALUE or ComparisonType.ATTR_NAME_LOOKUP =>
                new XmlDifference(path, "attribute", Text(control.Value), Text(test.Value)),
            ComparisonType.CHILD_NODELIST_LENGTH or ComparisonType.ELEMENT_NUM_ATTRIBUTES => null,
            _ => new XmlDifference(
                path, comparison.Type.ToString().ToLowerInvariant(), Text(control.Value), Text(test.Value)),
        };
    }

    /// <summary>XMLUnit's "/A[1]/B[2]/text()[1]" as our "/A/B[2]".</summary>
    private static string PathOf(string? xpath)
    {
        if (string.IsNullOrEmpty(xpath))
        {
            return "/";
        }

        var path = TextStep().Replace(xpath, string.Empty);
        path = FirstRank().Replace(path, string.Empty);
        return PrefixOf().Replace(path, "/");
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        XmlElement element =>
            element.HasChildNodes && element.ChildNodes.Count == 1 && element.FirstChild is XmlText text
                ? $"<{element.LocalName}>{text.Value}"
                : $"<{element.LocalName}>",
        XmlNode node => node.Value ?? node.LocalName,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"/text\(\)\[\d+\]$")]
    private static partial Regex TextStep();

    [GeneratedRegex(@"\[1\]")]
    private static partial Regex FirstRank();

    [GeneratedRegex(@"/[A-Za-z_][\w.-]*:")]
    private static partial Regex PrefixOf();
}
