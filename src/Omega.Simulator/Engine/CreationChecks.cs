using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Soap;

namespace Omega.Simulator.Engine;

/// <summary>
/// What OMEGA checks in a creation's data before it records it: the phone of the contact (section
/// 3.3.1.1) and the coherence of initiative, motif, option and index (section 3.3.1.2).
/// </summary>
internal static class CreationChecks
{
    public static Answer? Refuse(MessageElement request)
    {
        var demande = request.Child("Demande");
        var telephone = demande?.Find("ContactIntervention/Telephone")?.Value.Trim();
        if (Admission.Version(request) >= 8 && !string.IsNullOrEmpty(telephone) && !telephone.All(char.IsAsciiDigit))
        {
            return Answer.Refused(MhsReturnCodes.TelephoneIncorrect);
        }

        var incorrect = Incoherences(demande?.Child("DonneesTypeDemande"))
            .Select(field => MhsReturnCodes.DonneeIncorrecte.Text + field.Champ + " / " + field.Coherence)
            .ToList();
        return incorrect.Count > 0 ? Answer.Refused(incorrect) : null;
    }

    private static IEnumerable<(string Champ, string Coherence)> Incoherences(MessageElement? donnees)
    {
        if (donnees is null)
        {
            yield break;
        }

        var fournisseur = donnees.Child("FournisseurMHS")?.Value.Trim() is "true" or "1";
        var motif = donnees.Child("Motif")?.Value.Trim() ?? string.Empty;
        var option = donnees.Child("OptionPrestation")?.Value.Trim();
        if (fournisseur && option is not null && option != "1")
        {
            yield return ("OptionPrestation", SimulatedCodes.OptionForSupplier);
        }

        if (fournisseur && motif.Length == 0)
        {
            yield return ("Motif", SimulatedCodes.MotifMissing);
        }

        if (!fournisseur && motif.Length > 0)
        {
            yield return ("Motif", SimulatedCodes.MotifForClient);
        }

        if (option == "2")
        {
            yield return ("OptionPrestation", SimulatedCodes.OptionWithdrawn);
        }

        var withIndex = !string.IsNullOrEmpty(donnees.Child("IndexClient")?.Value);
        var withDate = !string.IsNullOrEmpty(donnees.Child("DateIndexClient")?.Value);
        if (withIndex != withDate)
        {
            yield return ("IndexClient", SimulatedCodes.IndexWithoutDate);
        }
    }
}
