using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Omega.Conformance.Validation;

/// <summary>
/// Compares distinguished names as X.500 names rather than as text: attribute types by OID, values
/// without case or surrounding spaces, and in either order, since tools print them both ways.
/// </summary>
public static class DistinguishedNames
{
    public static bool Same(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (Parse(first) is not { } a || Parse(second) is not { } b || a.Count != b.Count)
        {
            return string.Equals(first.Trim(), second.Trim(), StringComparison.OrdinalIgnoreCase);
        }

        return a.SequenceEqual(b) || a.SequenceEqual(Enumerable.Reverse(b));
    }

    private static List<string>? Parse(string name)
    {
        try
        {
            return new X500DistinguishedName(name)
                .EnumerateRelativeDistinguishedNames()
                .Select(rdn =>
                    $"{rdn.GetSingleElementType().Value}={rdn.GetSingleElementValue()?.Trim().ToUpperInvariant()}")
                .ToList();
        }
        catch (Exception e) when (e is CryptographicException or InvalidOperationException)
        {
            return null;
        }
    }
}
