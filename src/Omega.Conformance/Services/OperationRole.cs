namespace Omega.Conformance.Services;

/// <summary>
/// Where an operation stands in the dialogue of an OMEGA demand creation: every such service
/// checks, then creates, then follows the demand by its number.
/// </summary>
public enum OperationRole
{
    /// <summary>Step 1: the receivability check, keyed by the PCE.</summary>
    Check,

    /// <summary>Step 2: the creation, keyed by the PCE until OMEGA gives a NumeroDemande.</summary>
    Creation,

    /// <summary>Step 3 and the stops: calls keyed by the NumeroDemande.</summary>
    FollowUp,
}
