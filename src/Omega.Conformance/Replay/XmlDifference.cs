namespace Omega.Conformance.Replay;

/// <summary>One difference between a recorded message and a live one.</summary>
/// <param name="Path">Where, as a path of local names from the message root.</param>
/// <param name="Kind">What differs: value, missing, unexpected, name, namespace, attribute, children, status.</param>
/// <param name="Expected">The recorded side, as text, or null.</param>
/// <param name="Actual">The live side, as text, or null.</param>
public sealed record XmlDifference(string Path, string Kind, string? Expected, string? Actual)
{
    public override string ToString() => Kind switch
    {
        "missing" => $"{Path}: missing (recorded {Quote(Expected)})",
        "unexpected" => $"{Path}: unexpected (live {Quote(Actual)})",
        _ => $"{Path}: {Kind} recorded {Quote(Expected)}, live {Quote(Actual)}",
    };

    private static string Quote(string? value) => value is null ? "nothing" : $"'{value}'";
}
