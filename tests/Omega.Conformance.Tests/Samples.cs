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
    [
        .. Directory.GetFiles(RepositoryPaths.Examples, "*.xml")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal),
    ];
}
