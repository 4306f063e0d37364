using System.Text.RegularExpressions;
using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>
/// NumeroPCE has the shape of a PCE number: 14 digits, or GI followed by 6 digits. The pattern can
/// be replaced (<see cref="MhsRuleOptions.NumeroPcePattern"/>) for a referential that numbers otherwise.
/// </summary>
internal sealed class NumeroPceFormatRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS106",
        Severity.Error,
        "3.3.1.2, Annexe A",
        "NumeroPCE is 14 digits, or GI followed by 6 digits (the pattern can be configured).");

    private readonly Regex? _pattern;

    public NumeroPceFormatRule(string? pattern)
    {
        // Built once, with no backtracking: a pattern from configuration must not cost per message.
        _pattern = pattern is null
            ? null
            : new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (Fields.Filled(MhsRequests.PceHolder(context), "NumeroPCE") is not { } element)
        {
            return;
        }

        var value = element.Value.AsSpan().Trim();
        if (_pattern?.IsMatch(value) ?? IsPceNumber(value))
        {
            return;
        }

        var shape = _pattern is null
            ? "neither 14 digits nor GI followed by 6 digits"
            : "not of the configured pattern";
        context.Report(Rule, element, $"{MhsReturnCodes.PceInconnu.Render()}: '{element.Value}' is {shape}.");
    }

    private static bool IsPceNumber(ReadOnlySpan<char> value) =>
        Digits.AreExactly(value, 14)
        || (value.StartsWith("GI", StringComparison.Ordinal) && Digits.AreExactly(value[2..], 6));
}
