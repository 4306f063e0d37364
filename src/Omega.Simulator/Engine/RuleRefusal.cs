using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Validation;

namespace Omega.Simulator.Engine;

/// <summary>
/// OMEGA refuses a request that breaks a rule of its specification, as it does the ones Annexe A
/// labels: "Donnée incorrecte : " + the field + " / " + the rule, once per field. The checks with a
/// label of their own (login, CAD, PCE, phone, coherence) come first; a 6M creation without a Plage
/// is recorded at its date and answered "P" / Message instead (section 3.3.1.1).
/// </summary>
internal static class RuleRefusal
{
    private const string PlageForSlots = "MHS121";
    private const string DnEntreprise = "MHS101";

    public static Answer? Refuse(IEnumerable<Violation> violations)
    {
        var broken = violations
            .Where(v => v.Severity == Severity.Error && v.RuleId.StartsWith("MHS1", StringComparison.Ordinal))
            .Where(v => v.RuleId != PlageForSlots)
            .ToList();
        if (broken.Count == 0)
        {
            return null;
        }

        // The DN names the supplier the certificate identifies (section 3.2.1.2): without it, no habilitation.
        if (broken.Any(v => v.RuleId == DnEntreprise))
        {
            return Answer.Refused(MhsReturnCodes.HabilitationIncorrecte);
        }

        return Answer.Refused([
            .. broken
                .Select(v => MhsReturnCodes.DonneeIncorrecte.Text + Field(v.Path) + " / " + v.RuleId)
                .Distinct(StringComparer.Ordinal),
        ]);
    }

    /// <summary>"/RequeteWSCreerDemandeMHS/Demande/TypeDemande" → "TypeDemande".</summary>
    private static string Field(string path)
    {
        var last = path[(path.LastIndexOf('/') + 1)..];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? last : last[..bracket];
    }
}
