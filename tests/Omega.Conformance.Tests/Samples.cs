using Omega.Testing;

namespace Omega.Conformance.Tests;

/// <summary>The invalid samples of this test project.</summary>
internal static class Samples
{
    public static string Invalid(string name) =>
        RepositoryPaths.Under("tests", "Omega.Conformance.Tests", "Samples", "Invalid", name);

    /// <summary>A SOAP 1.1 envelope around the given body content.</summary>
    public static string Envelope(string body) =>
        $"<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>{body}</s:Body></s:Envelope>";

    /// <summary>The file names of every example envelope.</summary>
    public static IReadOnlyList<string> ExampleNames() =>
        [.. Directory.GetFiles(RepositoryPaths.Examples, "*.xml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>An example envelope with one edit applied, as text.</summary>
    public static string ExampleWith(string example, string oldText, string newText)
    {
        var text = File.ReadAllText(RepositoryPaths.Example(example));
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return text.Replace(oldText, newText, StringComparison.Ordinal);
    }
}
