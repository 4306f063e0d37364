namespace Omega.Conformance.Services.Mhs;

/// <summary>The seven operations of the MHS WSDL.</summary>
public static class MhsOperations
{
    public static readonly OperationDefinition VerifierRecevabiliteMHS =
        Define("VerifierRecevabiliteMHS", OperationRole.Check);
    public static readonly OperationDefinition CreerDemandeMHS = Define("CreerDemandeMHS", OperationRole.Creation);
    public static readonly OperationDefinition ProposerDatePlage = Define("ProposerDatePlage");
    public static readonly OperationDefinition AccepterRdv = Define("AccepterRdv");
    public static readonly OperationDefinition DemanderPrecSuiv = Define("DemanderPrecSuiv");
    public static readonly OperationDefinition AbandonnerRdv = Define("AbandonnerRdv");
    public static readonly OperationDefinition AbandonnerDemande = Define("AbandonnerDemande");

    public static IReadOnlyList<OperationDefinition> All { get; } =
    [
        VerifierRecevabiliteMHS, CreerDemandeMHS,
        ProposerDatePlage, AccepterRdv, DemanderPrecSuiv,
        AbandonnerRdv, AbandonnerDemande,
    ];

    private static OperationDefinition Define(string name, OperationRole role = OperationRole.FollowUp) =>
        new(name, "RequeteWS" + name, "ReponseWS" + name, role);
}
