using System.Text;

namespace Omega.Conformance.Soap;

/// <summary>
/// One element of a message body, read once and kept small: its local name, namespace, text and
/// position. Fields are found by local name, so a message reads the same whatever namespace the
/// contract declares.
/// </summary>
public sealed class MessageElement
{
    private List<MessageElement>? _children;
    private string? _path;

    internal MessageElement(string name, string namespaceUri, MessageElement? parent, int line, int column)
    {
        Name = name;
        NamespaceUri = namespaceUri;
        Parent = parent;
        Line = line;
        Column = column;
    }

    public string Name { get; }

    public string NamespaceUri { get; }

    public MessageElement? Parent { get; }

    /// <summary>The 1-based rank of this element among its parent's children of the same name.</summary>
    /// <remarks>Counted on demand: only reported elements need it, and a hostile body may have many siblings.</remarks>
    public int Index => Parent?.RankOf(this) ?? 1;

    public int Line { get; }

    public int Column { get; }

    /// <summary>The text content of the element, or an empty string; never trimmed.</summary>
    public string Value { get; internal set; } = string.Empty;

    public IReadOnlyList<MessageElement> Children => (IReadOnlyList<MessageElement>?)_children ?? [];

    /// <summary>The path from the message root, <c>/Root/Child/Leaf[2]</c>; the rank shows from the second.</summary>
    public string Path => _path ??= BuildPath();

    /// <summary>The first child of that local name, or null.</summary>
    public MessageElement? Child(string name) => Child(name.AsSpan());

    private MessageElement? Child(ReadOnlySpan<char> name)
    {
        if (_children is null)
        {
            return null;
        }

        foreach (var child in _children)
        {
            if (name.SequenceEqual(child.Name))
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>Follows local names separated by '/', from this element: <c>Demande/NumeroPCE</c>.</summary>
    public MessageElement? Find(string relativePath)
    {
        // Walked over spans: rules call this for every message, and splitting would allocate each time.
        MessageElement? current = this;
        foreach (var range in relativePath.AsSpan().Split('/'))
        {
            current = current.Child(relativePath.AsSpan(range));
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>The first element of that local name below this one, depth first, or null.</summary>
    public MessageElement? FindDescendant(string name)
    {
        if (_children is null)
        {
            return null;
        }

        foreach (var child in _children)
        {
            if (child.Name == name)
            {
                return child;
            }

            if (child.FindDescendant(name) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>All children of that local name, in document order.</summary>
    public IEnumerable<MessageElement> ChildrenNamed(string name)
    {
        if (_children is null)
        {
            yield break;
        }

        foreach (var child in _children)
        {
            if (child.Name == name)
            {
                yield return child;
            }
        }
    }

    /// <summary>
    /// The elements without children at or below this one, in document order. Walked without
    /// recursion: the depth is bounded by the reader, but the walk need not rely on it.
    /// </summary>
    public IEnumerable<MessageElement> Leaves()
    {
        var pending = new Stack<MessageElement>([this]);
        while (pending.TryPop(out var element))
        {
            if (element._children is not { Count: > 0 } children)
            {
                yield return element;
                continue;
            }

            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
    }

    /// <summary>The path a child of that name would have, for reporting a missing one.</summary>
    public string PathOf(string childName) => Path + "/" + childName;

    internal void Add(MessageElement child) => (_children ??= []).Add(child);

    private int RankOf(MessageElement child)
    {
        var rank = 0;
        foreach (var sibling in _children!)
        {
            if (sibling.Name == child.Name)
            {
                rank++;
            }

            if (ReferenceEquals(sibling, child))
            {
                break;
            }
        }

        return rank;
    }

    private string BuildPath()
    {
        var builder = new StringBuilder();
        AppendPath(builder);
        return builder.ToString();
    }

    private void AppendPath(StringBuilder builder)
    {
        Parent?.AppendPath(builder);
        builder.Append('/').Append(Name);
        var index = Index;
        if (index > 1)
        {
            builder.Append('[').Append(index).Append(']');
        }
    }

    public override string ToString() => Path;
}
