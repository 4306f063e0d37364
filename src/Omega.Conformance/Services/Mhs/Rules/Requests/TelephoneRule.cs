using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>From V8, OMEGA refuses a contact phone number written with anything but digits.</summary>
internal sealed class TelephoneRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS123",
        Severity.Error,
        "3.3.1.1, Annexe A",
        "From V8, ContactIntervention/Telephone holds digits only "
            + "(\"Champ numéro de téléphone incorrect : caractères numériques uniquement.\").");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsRequests.IsCreerDemande(context)
            && Fields.Filled(context.Message.Find("Demande/ContactIntervention"), "Telephone") is { } element
            && !Digits.AreAll(element.Value.AsSpan().Trim())
            && MhsRequests.VersionFor(context, Rule, element) >= 8)
        {
            context.Report(Rule, element, MhsReturnCodes.TelephoneIncorrect.Render());
        }
    }
}
