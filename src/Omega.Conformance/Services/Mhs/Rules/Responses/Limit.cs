using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Responses;

/// <summary>Reports each repetition of a field of the answer's object beyond what the specification allows.</summary>
internal static class Limit
{
    public static void Report(RuleContext context, RuleDescriptor rule, string field, int max, string what)
    {
        if (MhsAnswers.Object(context) is not { } answer)
        {
            return;
        }

        var count = 0;
        foreach (var element in answer.ChildrenNamed(field))
        {
            if (++count > max)
            {
                context.Report(
                    rule, element, $"{field} is repeated {count} times; OMEGA returns {max} {what} at most.");
            }
        }
    }
}
