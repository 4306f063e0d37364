using Omega.Conformance.Rules;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>
/// A field the specification needs filled. Where OMEGA has a label for its absence, the violation
/// says it; a missing holder (Utilisateur, Demande) is left to the schema, which reports it.
/// </summary>
internal sealed class RequiredFieldRule(
    RuleDescriptor descriptor,
    Func<RuleContext, MessageElement?> holder,
    string field,
    ReturnLabel? label = null) : IRule
{
    public RuleDescriptor Descriptor => descriptor;

    public void Check(RuleContext context)
    {
        if (holder(context) is not { } parent)
        {
            return;
        }

        var element = parent.Child(field);
        if (element is null)
        {
            context.ReportMissing(descriptor, parent, field, label?.Render() ?? $"{field} is missing.");
        }
        else if (Fields.IsBlank(element))
        {
            context.Report(descriptor, element, label?.Render() ?? $"{field} is empty.");
        }
    }
}
