using Omega.Conformance.Services.Mhs;

namespace Omega.Conformance.Export.Features;

/// <summary>The step of the suite that sends what the supplier sent in one recorded exchange.</summary>
internal static class CallSteps
{
    /// <summary>The step's sentence and the date it gives; or no sentence, and why no step sends the call.</summary>
    public static (string? Sentence, SlotPhrase? Slot, string? Problem) Of(
        RecordedCall call, DialogueSoFar before, SuiteProfile profile)
    {
        var operation = call.Operation;
        if (operation == MhsOperations.VerifierRecevabiliteMHS.Name)
        {
            return ("the supplier checks the PCE", null, null);
        }

        if (operation == MhsOperations.CreerDemandeMHS.Name)
        {
            var slot = SlotWords.Creation(call, profile);
            var asking = slot is null ? " without a first appointment" : " asking for " + slot.Words;
            return ("the supplier creates an MHS at " + Initiative(call) + asking, slot, slot?.Problem);
        }

        if (operation == MhsOperations.DemanderPrecSuiv.Name && !before.DemandGiven)
        {
            return ("the supplier asks for the next page of a demand OMEGA never gave", null, null);
        }

        if (!before.DemandGiven)
        {
            return (null, null, "an appointment call before OMEGA gave a NumeroDemande in the recording");
        }

        if (operation == MhsOperations.ProposerDatePlage.Name)
        {
            var slot = SlotWords.Proposal(call, before.Offered, profile);
            return ("the supplier proposes " + slot.Words, slot, slot.Problem);
        }

        if (operation == MhsOperations.AccepterRdv.Name)
        {
            var confirming = before.LastCode == MhsReturnCodes.DatePlageH.Code;
            return ("the supplier accepts " + SlotWords.Acceptance(call, before.Offered, confirming).Words, null, null);
        }

        if (operation == MhsOperations.DemanderPrecSuiv.Name)
        {
            var previous = call.Request?.Child("Sens")?.Value.Trim() == "P";
            return ($"the supplier asks for the {(previous ? "previous" : "next")} page", null, null);
        }

        if (operation == MhsOperations.AbandonnerRdv.Name)
        {
            return ("the supplier abandons the appointment", null, null);
        }

        return operation == MhsOperations.AbandonnerDemande.Name
            ? ("the supplier abandons the demand", null, null)
            : (null, null, $"no step sends {operation}");
    }

    /// <summary>"the client's initiative with option 7", "its own initiative with motif 21".</summary>
    private static string Initiative(RecordedCall call)
    {
        var data = call.Request?.Find("Demande/DonneesTypeDemande");
        var bySupplier = data?.Child("FournisseurMHS")?.Value.Trim() == "true";
        if (bySupplier)
        {
            // A motif the step cannot say is set back to the recorded one by the change its violation brings.
            return "its own initiative with motif " + Digits(data?.Child("Motif")?.Value, "21");
        }

        var option = Digits(data?.Child("OptionPrestation")?.Value, "1");
        return option == "1" ? "the client's initiative" : "the client's initiative with option " + option;
    }

    private static string Digits(string? value, string otherwise) =>
        value?.Trim() is { Length: > 0 } text && text.All(char.IsAsciiDigit) ? text : otherwise;
}
