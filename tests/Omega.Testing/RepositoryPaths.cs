namespace Omega.Testing;

/// <summary>Finds the files of the repository from a test's output folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding Omega.Conformance.sln.</summary>
    public static string Root => LazyRoot.Value;

    public static string Xsd => Path.Combine(Root, "xsd");

    public static string Examples => Path.Combine(Root, "xsd", "examples");

    public static string Example(string name) =>
        Path.Combine(Examples, name.EndsWith(".xml", StringComparison.Ordinal) ? name : name + ".xml");

    public static string Under(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The recordings committed as examples, apart from what the proxy records by default.</summary>
    public static string CommittedRecordings => Under("recordings", "examples");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Omega.Conformance.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            "The tests run outside the repository: no Omega.Conformance.sln above them.");
    }
}
