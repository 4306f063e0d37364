using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.XPath;

namespace Omega.Conformance.Replay;

/// <summary>
/// The fields whose value changes from one run to the next (demand numbers, dates, offered slots),
/// as one list of XPath expressions shared by the replay diff and by the matching of requests.
/// Simple paths name elements by local name whatever their namespace: <c>//DateProgrammee/Date</c>.
/// </summary>
public sealed partial class VolatileFields
{
    public static readonly IReadOnlyList<string> Defaults =
    [
        "//NumeroDemande",
        "//DateDemandee",
        "//ListeDatePlage",
        "//DateProgrammee",
        "//RetourSynchroInterventions",
        "//PremierRdvDemande/Date",
        "//DatePlage",
    ];

    private readonly XPathExpression[] _compiled;

    /// <exception cref="ArgumentException">An expression is not valid XPath.</exception>
    public VolatileFields(IEnumerable<string> expressions)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        Expressions = [.. expressions];
        _compiled = [.. Expressions.Select(Compile)];
    }

    public static VolatileFields Default { get; } = new(Defaults);

    public IReadOnlyList<string> Expressions { get; }

    /// <summary>The volatile nodes of a document, in document order.</summary>
    public IReadOnlyList<XmlNode> Select(XmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var navigator = document.CreateNavigator()!;
        var nodes = new List<XmlNode>();
        foreach (var expression in _compiled)
        {
            foreach (XPathNavigator match in navigator.Select(expression))
            {
                if (match.UnderlyingObject is XmlNode node && !nodes.Contains(node))
                {
                    nodes.Add(node);
                }
            }
        }

        return nodes;
    }

    /// <summary>Takes the volatile nodes out of a document that is the caller's own copy.</summary>
    public void Remove(XmlDocument document)
    {
        foreach (var node in Select(document))
        {
            switch (node)
            {
                case XmlAttribute attribute:
                    attribute.OwnerElement?.Attributes.Remove(attribute);
                    break;
                default:
                    node.ParentNode?.RemoveChild(node);
                    break;
            }
        }
    }

    /// <summary>
    /// Turns <c>//A/B</c> into <c>//*[local-name()='A']/*[local-name()='B']</c>; full XPath is kept as is.
    /// </summary>
    public static string ToLocalNames(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return SimplePath().IsMatch(expression)
            ? ElementName().Replace(expression, match => $"*[local-name()='{match.Value}']")
            : expression;
    }

    private static XPathExpression Compile(string expression)
    {
        try
        {
            return XPathExpression.Compile(ToLocalNames(expression));
        }
        catch (XPathException e)
        {
            throw new ArgumentException(
                $"'{expression}' is not a valid XPath expression: {e.Message}", nameof(expression), e);
        }
    }

    [GeneratedRegex(@"^/{0,2}[A-Za-z_][\w.-]*(/{1,2}[A-Za-z_][\w.-]*)*$")]
    private static partial Regex SimplePath();

    [GeneratedRegex(@"[A-Za-z_][\w.-]*")]
    private static partial Regex ElementName();
}
