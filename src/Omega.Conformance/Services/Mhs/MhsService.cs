using Omega.Conformance.Dialogue;
using Omega.Conformance.Rules;
using Omega.Conformance.Services.Mhs.Dialogue;

namespace Omega.Conformance.Services.Mhs;

/// <summary>
/// "Créer Demande Mise Hors Service": the check, the creation, and the appointment and stop
/// methods that follow it (specification V10.2, sections 2 and 3).
/// </summary>
public sealed class MhsService : IOmegaService
{
    private MhsService()
    {
    }

    public static MhsService Instance { get; } = new();

    public string Name => "CreerDemandeMHS";

    public IReadOnlyList<OperationDefinition> Operations => MhsOperations.All;

    public IReadOnlyList<IRule> Rules { get; } = [];

    public IReadOnlyList<string> PersonalData => MhsPersonalData.Paths;

    public IDialogueModel Dialogue => MhsDialogue.Default;
}
