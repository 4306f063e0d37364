using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>The index a supplier reads out fits OMEGA's field: five characters.</summary>
internal sealed class ValeurIndexReleveLengthRule : IRule
{
    public const int MaxLength = 5;

    public static readonly RuleDescriptor Rule = new(
        "MHS115", Severity.Error, "3.3.1.2", "ValeurIndexReleve has at most 5 characters.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsRequests.DonneesTypeDemande(context)?.Child("ValeurIndexReleve") is { } element
            && element.Value.Length > MaxLength)
        {
            context.Report(
                Rule,
                element,
                $"ValeurIndexReleve has {element.Value.Length} characters; OMEGA takes {MaxLength} at most.");
        }
    }
}
