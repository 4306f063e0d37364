namespace Omega.Simulator.Data;

/// <summary>One PCE of the simulated referential, and how the simulator answers about it.</summary>
public sealed record PceRecord
{
    /// <summary>The NumeroPCE, 14 digits.</summary>
    public required string NumeroPce { get; init; }

    /// <summary>Reading frequency: 6M, 1M, MM, JJ or JM. 6M and 1M take slots; the others a Date Demandée.</summary>
    public string Frequency { get; init; } = "6M";

    /// <summary>The two-digit département of the PCE's commune, compared with the request's CodePostal.</summary>
    public string Department { get; init; } = "69";

    /// <summary>
    /// The NumeroCAD of the supplier holding the PCE; another supplier gets "Habilitation incorrecte.".
    /// </summary>
    public string Cad { get; init; } = "GS9912";

    /// <summary>PresenceClient: PO, PNO or IAS.</summary>
    public string Access { get; init; } = "PNO";

    /// <summary>The PCE's state: see <see cref="PceStatus"/>.</summary>
    public string Status { get; init; } = PceStatus.InService;

    /// <summary>True when its MHS needs no intervention ("La demande sans intervention…").</summary>
    public bool WithoutIntervention { get; init; }

    /// <summary>
    /// True when no technician has a free slot for it: a 6M demand then falls back to its Date Demandée.
    /// </summary>
    public bool NoFreeSlot { get; init; }

    /// <summary>
    /// True when a free slot asked for at creation is booked at once: "T" / DmdOkDP, the row of the
    /// tableau where the creation itself ends "RDV programmé" (Annexe A).
    /// </summary>
    public bool BooksAtOnce { get; init; }

    /// <summary>What the PCE is there to exercise, for people reading the file.</summary>
    public string? Exercises { get; init; }
}
