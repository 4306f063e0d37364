using System.Text.RegularExpressions;
using Omega.Features.Supplier;

namespace Omega.Features.Steps;

/// <summary>
/// The changes a step makes to a request, in words: "an empty Login", "no CodePostal",
/// "Telephone "04 78 56 34 12"", "the Content-Type of SOAP 1.2", joined by "and".
/// </summary>
internal static partial class Changes
{
    public static void Apply(SupplierRequest request, string words)
    {
        foreach (var change in words.Split(" and ", StringSplitOptions.TrimEntries))
        {
            if (EmptyPattern().Match(change) is { Success: true } empty)
            {
                request.Set(empty.Groups[1].Value, string.Empty);
            }
            else if (NoPattern().Match(change) is { Success: true } none)
            {
                request.Remove(none.Groups[1].Value);
            }
            else if (ValuePattern().Match(change) is { Success: true } value)
            {
                request.Set(value.Groups[1].Value, value.Groups[2].Value);
            }
            else if (change == "the Content-Type of SOAP 1.2")
            {
                request.SentAs("application/soap+xml; charset=utf-8");
            }
            else
            {
                throw new InvalidOperationException($"The suite does not know the change \"{change}\".");
            }
        }
    }

    [GeneratedRegex(@"^an empty ([\w/]+)$")]
    private static partial Regex EmptyPattern();

    [GeneratedRegex(@"^no ([\w/]+)$")]
    private static partial Regex NoPattern();

    [GeneratedRegex(@"^([\w/]+) ""(.*)""$")]
    private static partial Regex ValuePattern();
}
