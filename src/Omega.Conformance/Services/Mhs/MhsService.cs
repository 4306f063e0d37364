using Omega.Conformance.Dialogue;
using Omega.Conformance.Rules;
using Omega.Conformance.Services.Mhs.Dialogue;
using Omega.Conformance.Services.Mhs.Rules;

namespace Omega.Conformance.Services.Mhs;

/// <summary>
/// "Créer Demande Mise Hors Service": the check, the creation, and the appointment and stop
/// methods that follow it (specification V10.2, sections 2 and 3).
/// </summary>
public sealed class MhsService : IOmegaService
{
    private MhsService(MhsRuleOptions options)
    {
        Rules = MhsRules.Create(options);
    }

    public static MhsService Instance { get; } = new(MhsRuleOptions.Default);

    public string Name => "CreerDemandeMHS";

    public string Specification => "Définition du Web Service CreerDemandeMHS, V10.2";

    public IReadOnlyList<OperationDefinition> Operations => MhsOperations.All;

    public IReadOnlyList<IRule> Rules { get; }

    public IReadOnlyList<string> PersonalData => MhsPersonalData.Paths;

    public IDialogueModel Dialogue => MhsDialogue.Default;

    /// <summary>
    /// The service with its rules tuned; an invalid <see cref="MhsRuleOptions.NumeroPcePattern"/> throws.
    /// </summary>
    public static MhsService Create(MhsRuleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new MhsService(options);
    }
}
