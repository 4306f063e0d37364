using Omega.Conformance.Soap;

namespace Omega.Conformance.Recording;

/// <summary>
/// Replaces the personal values of a message with their tokens, in the text as it was sent: the
/// rest of the envelope keeps its bytes, its prefixes and its layout, and the tokens keep the
/// values' shape, so a pseudonymized recording stays valid against the XSD and replayable.
/// </summary>
public sealed class Pseudonymizer
{
    private readonly IReadOnlyList<string> _paths;

    /// <param name="paths">Paths of local names from a message root, as the services declare them.</param>
    public Pseudonymizer(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        _paths = paths;
    }

    /// <summary>The envelope with its personal values replaced, and what was replaced by what.</summary>
    /// <param name="envelope">The bytes of the envelope as sent.</param>
    /// <param name="message">The message read from them by the validator; null when none could be read.</param>
    public PseudonymizedBody Apply(ReadOnlyMemory<byte> envelope, MessageElement? message, PseudonymKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        if (message is null)
        {
            return new PseudonymizedBody(envelope, tokens);
        }

        // Most answers carry no personal value: their envelope is not decoded at all.
        EnvelopeEditor? editor = null;
        foreach (var path in _paths)
        {
            if (message.Find(path) is { Children.Count: 0, Value.Length: > 0 } field)
            {
                editor ??= new EnvelopeEditor(envelope);
                var token = key.Token(field.Value);
                if (editor.Replace(field, token))
                {
                    tokens[field.Value] = token;
                }
            }
        }

        return new PseudonymizedBody(editor is { HasChanges: true } ? editor.ToBytes() : envelope, tokens);
    }
}
