namespace Omega.Simulator.Data;

/// <summary>The states a simulated PCE may be in, and what each makes OMEGA answer.</summary>
public static class PceStatus
{
    /// <summary>In service: the demand is receivable.</summary>
    public const string InService = "en-service";

    /// <summary>Cut: the demand is taken, "Le PCE est coupé, le distributeur va déterminer…".</summary>
    public const string Cut = "coupe";

    /// <summary>Already out of service: "Demande non recevable : " + code.</summary>
    public const string OutOfService = "hors-service";

    /// <summary>Another demand runs on it: "Demande non recevable : " + code.</summary>
    public const string DemandInProgress = "demande-en-cours";
}
