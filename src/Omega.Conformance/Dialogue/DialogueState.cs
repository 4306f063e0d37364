namespace Omega.Conformance.Dialogue;

/// <summary>
/// Where the dialogue of one demand stands, as a small immutable value: what the proxy keeps per
/// demand between two exchanges, and what a recording stores. Plain fields, so it serializes to JSON.
/// </summary>
public sealed record DialogueState
{
    /// <summary>
    /// The demand's status as the tableau d'états names it ("Aucune demande", "en attente de RDV"…).
    /// </summary>
    public required string Status { get; init; }

    /// <summary>The number of the last event of the tableau taken; 0 before the first.</summary>
    public int LastEvent { get; init; }

    /// <summary>True once the dialogue ended: on "A", on "T", or past the window (Fin(&gt;5min)).</summary>
    public bool IsOver { get; init; }

    /// <summary>True when OMEGA's last answer was "P" and the supplier must go on with the dialogue.</summary>
    public bool AwaitsSupplier { get; init; }

    public string? NumeroPCE { get; init; }

    /// <summary>The demand number OMEGA gave, the key of every later call.</summary>
    public string? NumeroDemande { get; init; }

    /// <summary>When the last exchange of the dialogue took place.</summary>
    public DateTimeOffset? LastAt { get; init; }

    /// <summary>The CodeRetour of OMEGA's last answer.</summary>
    public string? LastCodeRetour { get; init; }

    /// <summary>The Date Demandée the demand holds, "YYYY-MM-DD": the last one communicated.</summary>
    public string? DateDemandee { get; init; }

    /// <summary>True when the supplier changed the Date Demandée during the appointment dialogue.</summary>
    public bool DateDemandeeChanged { get; init; }

    /// <summary>The dates and slots OMEGA offered in its last answer, which AccepterRdv may take.</summary>
    public IReadOnlyList<OfferedSlot> Offered { get; init; } = [];
}
