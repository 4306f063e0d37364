using Omega.Conformance.Rules;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;

namespace Omega.Testing;

/// <summary>
/// An example envelope of xsd/examples, edited as text: the one way tests build a message that
/// differs from an example. Each edit replaces text that occurs exactly once, so it cannot miss.
/// </summary>
public sealed class ExampleEnvelope
{
    private ExampleEnvelope(string name, string text)
    {
        Name = name;
        Text = text;
    }

    /// <summary>The example's message name, without ".xml".</summary>
    public string Name { get; }

    public string Text { get; }

    public static ExampleEnvelope Of(string name) => new(name, File.ReadAllText(RepositoryPaths.Example(name)));

    /// <summary>The envelope with the one occurrence of <paramref name="oldText"/> replaced.</summary>
    public ExampleEnvelope With(string oldText, string newText)
    {
        var at = Text.IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0 || Text.IndexOf(oldText, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{oldText}' does not occur exactly once in {Name}.", nameof(oldText));
        }

        return new ExampleEnvelope(Name, string.Concat(Text.AsSpan(0, at), newText, Text.AsSpan(at + oldText.Length)));
    }

    public ExampleEnvelope Without(string text) => With(text, string.Empty);

    /// <summary>
    /// The envelope without the elements of that local name: from the first opening tag to the last
    /// closing tag, so repeated siblings (every ListeDatePlage) go together.
    /// </summary>
    public ExampleEnvelope WithoutElements(string name)
    {
        var start = Text.IndexOf($"<{name}>", StringComparison.Ordinal);
        var end = Text.LastIndexOf($"</{name}>", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new ArgumentException($"{Name} has no element {name}.", nameof(name));
        }

        return new ExampleEnvelope(Name, string.Concat(Text.AsSpan(0, start), Text.AsSpan(end + name.Length + 3)));
    }

    /// <summary>The envelope with <paramref name="addition"/> written right after <paramref name="anchor"/>.</summary>
    public ExampleEnvelope After(string anchor, string addition) => With(anchor, anchor + addition);

    public ValidationResult Validate(ExchangeContext? exchange = null) => Contracts.Validate(Text, exchange);

    public ValidationResult Validate(MessageValidator validator, ExchangeContext? exchange = null)
    {
        ArgumentNullException.ThrowIfNull(validator);
        return validator.Validate(System.Text.Encoding.UTF8.GetBytes(Text), exchange);
    }

    /// <summary>The message the envelope holds, as an exchange context carries a request.</summary>
    public MessageElement Message() =>
        Validate().Message ?? throw new InvalidOperationException($"{Name} holds no readable message.");

    /// <summary>Writes the envelope as NAME.xml in the folder and returns the file's path.</summary>
    public string WriteTo(string folder)
    {
        var path = Path.Combine(folder, Name + ".xml");
        File.WriteAllText(path, Text);
        return path;
    }
}
