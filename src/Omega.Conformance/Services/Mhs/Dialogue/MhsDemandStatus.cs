namespace Omega.Conformance.Services.Mhs.Dialogue;

/// <summary>
/// The statuses of a MHS demand during its dialogue (section 2.1), as the tableau d'états writes
/// them. 022 and 023 are the statuses of a demand created by a refused check (section 2.1.1).
/// </summary>
public static class MhsDemandStatus
{
    public const string AucuneDemande = "Aucune demande";

    /// <summary>Status 022.</summary>
    public const string PceInconnu = "Demande impossible – PCE inconnu";

    /// <summary>Status 023.</summary>
    public const string NonValidee = "Demande non validée";

    /// <summary>While a creation is unanswered nobody knows: "consulter le suivi des demandes".</summary>
    public const string Inconnu = "?";

    public const string EnAttenteDeRdv = "en attente de RDV";

    /// <summary>A demand without intervention, or one the distributor takes over.</summary>
    public const string EnCoursDeRealisation = "en cours de réalisation";

    public const string RdvProgramme = "RDV programmé";

    /// <summary>After AbandonnerDemande: section 2.1.3, label "Demande abandonnée.".</summary>
    public const string Abandonnee = "Demande abandonnée";

    /// <summary>The status code OMEGA gives it in the suivi des demandes, where the specification names one.</summary>
    public static string? CodeOf(string status) => status switch
    {
        PceInconnu => "022",
        NonValidee => "023",
        _ => null,
    };
}
