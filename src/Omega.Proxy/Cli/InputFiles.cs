namespace Omega.Proxy.Cli;

/// <summary>Turns the paths of a command line into the files they name: a folder gives its XML files.</summary>
internal static class InputFiles
{
    /// <summary>The path that stands for the standard input, kept as it is.</summary>
    public const string StandardInput = "-";

    /// <summary>The files, in a stable order, or the first path that names nothing.</summary>
    public static (IReadOnlyList<string> Files, string? Missing) Expand(IEnumerable<string> paths, string pattern)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (path == StandardInput || File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, pattern, SearchOption.AllDirectories);
                Array.Sort(found, StringComparer.Ordinal);
                files.AddRange(found);
            }
            else
            {
                return ([], path);
            }
        }

        return (files, null);
    }
}
