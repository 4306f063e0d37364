using Omega.Conformance.Services.Mhs;

namespace Omega.Simulator.Engine;

/// <summary>
/// What the simulated OMEGA answers, before it is written: Annexe A's TypeRetourDialogue, code and
/// labels, and the one date field the code brings (DateDemandee, ListeDatePlage or DateProgrammee).
/// </summary>
internal sealed record Answer(ReturnCode Code, IReadOnlyList<string> Messages)
{
    public string? NumeroDemande { get; init; }

    public string? PresenceClient { get; init; }

    public string? DateDemandee { get; init; }

    public IReadOnlyList<CalendarSlot> Slots { get; init; } = [];

    public CalendarSlot? Programmee { get; init; }

    /// <summary>The options of a check's answer: OptionPrestation and PresenceClient.</summary>
    public IReadOnlyList<(string Option, string Presence)> Options { get; init; } = [];

    public string TypeRetourDialogue => Code.TypeRetourDialogue;

    public static Answer Of(ReturnCode code, ReturnLabel label, string? codeSuffix = null) =>
        new(code, [Render(label, codeSuffix)]);

    /// <summary>"A" with DmdKo and these labels: the dialogue stops, nothing is recorded.</summary>
    public static Answer Refused(IReadOnlyList<string> messages) => new(MhsReturnCodes.DmdKo, messages);

    public static Answer Refused(ReturnLabel label, string? codeSuffix = null) =>
        Of(MhsReturnCodes.DmdKo, label, codeSuffix);

    /// <summary>
    /// A label with its technical code, spaced as OMEGA would: "…inconnu SIM-PCE-01", "…recevable : R01".
    /// </summary>
    public static string Render(ReturnLabel label, string? code)
    {
        if (!label.FollowedByCode || code is null)
        {
            return label.Render();
        }

        return label.Text.EndsWith(' ') ? label.Text + code : label.Text + " " + code;
    }
}
