using System.Net;
using System.Xml;

namespace Omega.Conformance.Contract;

/// <summary>
/// Lets a schema include or import the files of its own folder, and nothing else: no network, no
/// file outside the folder. An XSD is trusted input, but it still must not reach out.
/// </summary>
internal sealed class FolderResolver : XmlResolver
{
    private readonly string _root;

    public FolderResolver(string folder)
    {
        _root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
    }

    public override ICredentials Credentials
    {
        set { }
    }

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        if (!IsInside(absoluteUri))
        {
            throw new XmlException($"'{absoluteUri}' is outside the contract folder and is not read.");
        }

        return File.OpenRead(absoluteUri.LocalPath);
    }

    public bool IsInside(Uri uri) =>
        uri.IsFile && Path.GetFullPath(uri.LocalPath).StartsWith(_root, StringComparison.Ordinal);
}
