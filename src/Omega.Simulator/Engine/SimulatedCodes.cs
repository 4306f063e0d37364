namespace Omega.Simulator.Engine;

/// <summary>
/// The technical codes the simulator appends to Annexe A's labels (codeErreur, codeMessageOMEGA…).
/// OMEGA's own codes are in its implementation guide, which we do not have: these are ours, marked SIM.
/// </summary>
internal static class SimulatedCodes
{
    public const string UnknownPce = "SIM-PCE-01";
    public const string OutOfService = "SIM-REC-01";
    public const string DemandInProgress = "SIM-REC-02";
    public const string NoFreeSlot = "SIM-DD-01";
    public const string PlageMissing = "SIM-MSG-01";
    public const string OptionForSupplier = "SIM-COH-01";
    public const string MotifMissing = "SIM-COH-02";
    public const string MotifForClient = "SIM-COH-03";
    public const string OptionWithdrawn = "SIM-COH-04";
    public const string IndexWithoutDate = "SIM-COH-05";
}
