using Omega.Conformance.Recording;
using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Services.Mhs.Dialogue;

namespace Omega.Conformance.Export.Features;

/// <summary>
/// The steps of one recorded dialogue: the situation it starts from, then each call in order with what
/// omega found in it and what OMEGA answered, then how the dialogue ended.
/// </summary>
internal sealed class FeatureScenario
{
    private const string WindowPasses = "6 minutes pass";

    private readonly SuiteProfile _profile;
    private readonly RoleChoice _role;
    private readonly ScenarioText _steps = new();
    private readonly ExportNotes _notes;
    private DialogueSoFar _before = new([], null, DemandGiven: false);
    private string _status = MhsDialogue.Default.Initial.Status;
    private SlotPhrase? _given;
    private DateTimeOffset? _lastAt;
    private bool _needsFreeSlot;

    private FeatureScenario(SuiteProfile profile, RoleChoice role, Action<string> warn)
    {
        _profile = profile;
        _role = role;
        _notes = new ExportNotes(_steps, warn);
    }

    public static IReadOnlyList<string> Write(
        RecordedDialogue dialogue, IReadOnlyList<RecordedCall> calls, RoleChoice role, SuiteProfile profile,
        Action<string> warn)
    {
        var scenario = new FeatureScenario(profile, role, warn);
        foreach (var call in calls)
        {
            scenario.Call(call);
        }

        scenario.End(dialogue.Summary);
        return [.. scenario.Situation(calls).Lines, .. scenario._steps.Lines];
    }

    private ScenarioText Situation(IReadOnlyList<RecordedCall> calls)
    {
        var given = new ScenarioText();
        if (_role.Reason is { } reason)
        {
            given.Comment(reason);
        }

        given.Given(PceRoles.Sentences[_role.Role]);
        var labels = calls.Select(c => c.AnswerLabel).ToList();
        var suspended = _profile.Cads.TryGetValue("suspended", out var cad)
            && calls.Any(c => c.Manifest.NumeroCad == cad);
        if (suspended || labels.Contains(MhsReturnCodes.EtatCadInvalide))
        {
            given.Given("our CAD is suspended");
        }

        var first = labels.FirstOrDefault(l => l is not null);
        if (first == MhsReturnCodes.ServiceFerme)
        {
            given.Given("OMEGA is closed");
        }
        else if (first == MhsReturnCodes.ServiceEnMaintenance)
        {
            given.Given("OMEGA is under maintenance");
        }

        if (Spoken(calls) is { } version)
        {
            given.Given("the supplier speaks NumeroVersion " + version);
        }

        if (_needsFreeSlot)
        {
            given.Given("a free slot OMEGA offered to an earlier demand, abandoned since");
        }

        return given;
    }

    private void Call(RecordedCall call)
    {
        _steps.Comment(call.Label);
        var at = call.Manifest.StartedAt;
        if (_lastAt is { } last && at - last > MhsDialogue.DefaultWindow)
        {
            _steps.When(WindowPasses);
        }

        _lastAt = at;
        if (call.Request is null)
        {
            _notes.LeftOut(call, "its request holds no message of the contract");
            return;
        }

        var (sentence, slot, problem) = CallSteps.Of(call, _before, _profile);
        if (sentence is null)
        {
            _notes.LeftOut(call, problem ?? "no step sends it");
            return;
        }

        if (problem is not null)
        {
            _notes.Note(call, problem);
        }

        Send(call, sentence);
        _given = slot ?? _given;
        _needsFreeSlot |= slot?.Words == SlotWords.FreeEarlier;
        AnswerSteps.Write(call, _given, _steps, _notes);
        Follow(call);
    }

    private void Send(RecordedCall call, string sentence)
    {
        if (call.Lost && _role.Role != PceRoles.AnswersLost)
        {
            _steps.When($"the answer to the next {call.Operation} gets lost");
        }

        var (changes, problems) = RequestChanges.Of(call);
        foreach (var problem in problems)
        {
            _notes.Note(call, problem);
        }

        _steps.When(changes is null ? sentence : sentence + ", with " + changes);
        var rules = call.RequestViolations.Select(v => v.RuleId).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        if (rules.Count > 0)
        {
            var tail = rules.Count == 1 ? " alone" : ", nothing else";
            _steps.Then("omega finds the request breaks " + string.Join(" and ", rules) + tail);
        }
    }

    /// <summary>Where the dialogue stands after the call, as the recording's manifest says.</summary>
    private void Follow(RecordedCall call)
    {
        var after = call.Manifest.DialogueAfter;
        if (after is not null && after.Status != _status)
        {
            _steps.Then($"the demand is \"{after.Status}\"");
            _status = after.Status;
        }

        _before = new DialogueSoFar(
            after?.Offered ?? [],
            call.Codes.CodeRetour ?? _before.LastCode,
            _before.DemandGiven || after?.NumeroDemande is not null);
    }

    /// <summary>A dialogue ended past its window, and whether the supplier left it when it had to go on.</summary>
    private void End(DialogueSummary? summary)
    {
        if (summary is null)
        {
            return;
        }

        _steps.When(WindowPasses);
        if (summary.Violations.Any(v => v.Rule == MhsDialogueRules.LeftOpen.Id))
        {
            _steps.Then("omega finds the supplier left the dialogue open");
        }

        _steps.Then("the dialogue has ended past its window");
    }

    /// <summary>The NumeroVersion of the creation and the calls after it, when not V10 (the check always is).</summary>
    private static string? Spoken(IReadOnlyList<RecordedCall> calls)
    {
        var version = calls.Where(c => c.Operation != MhsOperations.VerifierRecevabiliteMHS.Name)
            .Select(c => c.Request?.Child("NumeroVersion")?.Value.Trim()).FirstOrDefault(v => v is not null);
        return version is "V5" or "V6" or "V7" or "V8" or "V9" ? version : null;
    }
}
