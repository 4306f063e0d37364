using Omega.Conformance.Rules;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Responses;

/// <summary>An answer confirms a requested date, offers a list, or gives a programmed date: one of the three.</summary>
internal sealed class ExclusiveDatesRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS205",
        Severity.Error,
        "3.3.2.2",
        "At most one of DateDemandee, ListeDatePlage and DateProgrammee is returned (OU EXCLUSIF).");

    private static readonly string[] Exclusive = ["DateDemandee", "ListeDatePlage", "DateProgrammee"];

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsAnswers.Object(context) is not { } answer)
        {
            return;
        }

        MessageElement? first = null;
        foreach (var name in Exclusive)
        {
            if (answer.Child(name) is not { } element)
            {
                continue;
            }

            if (first is null)
            {
                first = element;
            }
            else
            {
                context.Report(
                    Rule,
                    element,
                    $"{element.Name} comes with {first.Name}: "
                        + "DateDemandee, ListeDatePlage and DateProgrammee are exclusive.");
            }
        }
    }
}
