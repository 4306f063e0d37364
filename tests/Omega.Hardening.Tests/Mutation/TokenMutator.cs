using System.Text;
using System.Text.RegularExpressions;

namespace Omega.Hardening.Tests.Mutation;

/// <summary>
/// Mutations of the XML text seen as tokens, tags and the text between them: values swapped for
/// awkward ones or another field's, tokens dropped, repeated or swapped, tags renamed or given attributes.
/// </summary>
internal static partial class TokenMutator
{
    private static readonly string[] Kinds =
        ["value", "foreign-value", "drop", "repeat", "swap", "rename", "case", "prefix", "attribute"];

    private static readonly string[] Attributes =
    [
        "xsi:nil=\"true\"", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"", "foo=\"bar\"",
        "xmlns=\"\"", "xmlns=\"urn:other\"", "xml:lang=\"fr\"", "id=\"1\" id=\"2\"", "a=\"<\"", "b='&amp;'",
    ];

    public static (string Kind, byte[] Bytes) Apply(Random random, byte[] bytes, Corpus corpus)
    {
        var tokens = Tokens().Matches(Encoding.UTF8.GetString(bytes)).Select(m => m.Value).ToList();
        var kind = Kinds[random.Next(Kinds.Length)];
        if (tokens.Count < 2)
        {
            return (kind, [.. bytes, .. "<"u8.ToArray()]);
        }

        var at = random.Next(tokens.Count);
        var texts = Indexes(tokens, t => !t.StartsWith('<'));
        var tags = Indexes(tokens, t => t.StartsWith('<') && !t.StartsWith("<?", StringComparison.Ordinal));
        switch (kind)
        {
            case "value" when texts.Count > 0:
                tokens[Pick(random, texts)] = Pick(random, Corpus.Awkward);
                break;
            case "foreign-value" when texts.Count > 0:
                tokens[Pick(random, texts)] = Pick(random, corpus.Values);
                break;
            case "drop":
                tokens.RemoveAt(at);
                break;
            case "repeat":
                tokens.Insert(at, tokens[at]);
                break;
            case "swap" when at + 1 < tokens.Count:
                (tokens[at], tokens[at + 1]) = (tokens[at + 1], tokens[at]);
                break;
            case "rename" when tags.Count > 0:
                var tag = Pick(random, tags);
                tokens[tag] = Rename(tokens[tag], m => m.Groups[1].Value + Pick(random, corpus.ElementNames));
                break;
            case "case" when tags.Count > 0:
                var cased = Pick(random, tags);
                tokens[cased] = Rename(tokens[cased], m => m.Groups[1].Value + m.Groups[2].Value.ToLowerInvariant());
                break;
            case "prefix" when tags.Count > 0:
                var prefixed = Pick(random, tags);
                var prefix = "p" + random.Next(3) + ":";
                tokens[prefixed] = Rename(tokens[prefixed], m => m.Groups[1].Value + prefix + m.Groups[2].Value);
                break;
            case "attribute" when tags.Count > 0:
                var opening = Pick(random, tags);
                if (!tokens[opening].StartsWith("</", StringComparison.Ordinal))
                {
                    tokens[opening] = Rename(tokens[opening], m => m.Value + " " + Pick(random, Attributes));
                }

                break;
            default:
                tokens[at] = string.Empty;
                break;
        }

        return (kind, Encoding.UTF8.GetBytes(string.Concat(tokens)));
    }

    private static List<int> Indexes(List<string> tokens, Func<string, bool> keep) =>
        [.. Enumerable.Range(0, tokens.Count).Where(i => keep(tokens[i]))];

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>The tag with its name (prefix included) replaced as told.</summary>
    private static string Rename(string tag, MatchEvaluator evaluator) => Name().Replace(tag, evaluator, 1);

    [GeneratedRegex("<[^<>]*>|[^<]+")]
    private static partial Regex Tokens();

    /// <summary>The name of a start or end tag, with its prefix, after the opening bracket (and slash).</summary>
    [GeneratedRegex("^(</?)(?:[A-Za-z0-9_.-]+:)?([A-Za-z0-9_.-]+)")]
    private static partial Regex Name();
}
