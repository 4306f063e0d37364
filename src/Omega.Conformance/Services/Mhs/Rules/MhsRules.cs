using Omega.Conformance.Rules;
using Omega.Conformance.Services.Mhs.Rules.Requests;
using Omega.Conformance.Services.Mhs.Rules.Responses;

namespace Omega.Conformance.Services.Mhs.Rules;

/// <summary>
/// Every business rule of the MHS specification, in the order of their ids: MHS1xx judge the
/// supplier's requests, MHS2xx OMEGA's answers. An id is never reused, even when its rule goes.
/// </summary>
internal static class MhsRules
{
    public static IReadOnlyList<IRule> Create(MhsRuleOptions options)
    {
        IRule[] rules =
        [
            .. IdentityRules.Create(),
            new NumeroVersionRule(),
            new NumeroPceFormatRule(options.NumeroPcePattern),
            new CodePostalRule(),
            new TypeDemandeRule(),
            new AutoReleveOptionRule(),
            new SupplierOptionRule(),
            new ClientOptionRule(),
            new SupplierMotifExpectedRule(),
            new SupplierMotifValueRule(),
            new ClientMotifRule(),
            new ValeurIndexReleveLengthRule(),
            new ValeurIndexReleveV5Rule(),
            new ValeurIndexReleveClientPartiRule(),
            new IndexClientPairRule(),
            new IndexClientBeforeV7Rule(),
            new PremierRdvDateRule(),
            new PremierRdvPlageRule(),
            new NumeroSynchroInterventionRule(),
            new TelephoneRule(),
            new CiviliteRule(),
            new ObservationDiscoRule(),
            new TypeRetourDialogueRule(),
            new CodeRetourKnownRule(),
            new CodeRetourAgreementRule(),
            new MessageRetourLabelRule(),
            new ExclusiveDatesRule(),
            .. CodeBringsDatesRule.Create(),
            new ListeDatePlageCountRule(),
            new NumeroDemandeAnsweredRule(),
            new SynchroVersionRule(),
            new SynchroCountRule(),
            new RetourSynchroInterventionRule(),
            new HeureRangeRule(),
            new OfferedOptionRule(),
            new PresenceClientRule(),
            new SupplierPresenceRule(),
        ];
        Array.Sort(rules, (a, b) => string.CompareOrdinal(a.Descriptor.Id, b.Descriptor.Id));
        return rules;
    }
}
