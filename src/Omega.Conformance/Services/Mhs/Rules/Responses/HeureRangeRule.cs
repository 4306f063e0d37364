using System.Globalization;
using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Responses;

/// <summary>The real hours of a programmed slot run forward.</summary>
internal sealed class HeureRangeRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS214", Severity.Error, "3.3.2.1", "DateProgrammee/HeureMin is not after HeureMax.");

    private static readonly string[] Formats = ["HH:mm", "HH:mm:ss"];

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsAnswers.Object(context)?.Child("DateProgrammee") is not { } programmee
            || programmee.Child("HeureMin") is not { } min
            || !TryRead(min.Value, out var start)
            || programmee.Child("HeureMax") is not { } max
            || !TryRead(max.Value, out var end)
            || start <= end)
        {
            return;
        }

        context.Report(Rule, min, $"HeureMin {min.Value.Trim()} is after HeureMax {max.Value.Trim()}.");
    }

    private static bool TryRead(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
