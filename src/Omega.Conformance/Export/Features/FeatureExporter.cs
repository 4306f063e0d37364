using System.Text;
using Omega.Conformance.Recording;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Export.Features;

/// <summary>
/// A recorded dialogue as a Gherkin feature of the conformance suite: one scenario in the suite's own
/// steps (never XML), so that the suite runs it against any target. The recording's PCE plays the role
/// the target profile gives it; dates are the target's own, a slot is named by its place in the offer.
/// What no step can say is left in the feature as a comment and told to <c>warn</c>.
/// </summary>
/// <param name="validator">Reads and judges the recorded messages as the suite judges the ones it sends.</param>
/// <param name="profile">The target profile whose roles name the recording's PCE.</param>
/// <param name="warn">Told one line for each exchange, or part of one, the feature leaves out.</param>
public sealed class FeatureExporter(MessageValidator validator, SuiteProfile profile, Action<string>? warn = null)
    : IDialogueExporter
{
    public string Format => "Gherkin feature";

    public void Write(RecordedDialogue dialogue, Stream output)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        ArgumentNullException.ThrowIfNull(output);
        var numeroPce = dialogue.Exchanges.Select(e => e.Manifest.NumeroPce).FirstOrDefault(n => n is not null)
            ?? dialogue.Summary?.NumeroPce;
        var role = RoleChoice.Of(profile, numeroPce, Read(dialogue, role: null));
        var calls = Read(dialogue, role.Role);
        var steps = FeatureScenario.Write(dialogue, calls, role, profile, warn ?? (_ => { }));

        var text = new StringBuilder();
        foreach (var line in Head(dialogue, numeroPce, calls))
        {
            text.Append(line).Append('\n');
        }

        foreach (var line in steps)
        {
            text.Append(line).Append('\n');
        }

        output.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString()));
    }

    private List<RecordedCall> Read(RecordedDialogue dialogue, string? role)
    {
        var facts = role is null ? null : profile.FactsOf(role);
        return [.. dialogue.Exchanges.Select(e => RecordedCall.Read(e, validator, facts))];
    }

    private IEnumerable<string> Head(RecordedDialogue dialogue, string? numeroPce, List<RecordedCall> calls)
    {
        var kept = dialogue.Exchanges.Any(e => e.Manifest.PersonalData == "kept");
        var end = calls.Select(c => c.Manifest.DialogueAfter?.Status).LastOrDefault(s => s is not null);
        var exchanges = calls.Count == 1 ? "1 exchange" : $"{calls.Count} exchanges";
        yield return $"# Exported by omega export --feature from the recording {dialogue.Name},";
        yield return $"# with the PCE roles of the target profile '{profile.Name}'. Dates and slots are the";
        yield return "# target's own: a slot OMEGA offered is named by its place in the offer. The values the steps";
        yield return kept
            ? "# change are as recorded, personal data included (recorded with --keep-personal-data)."
            : "# change are as recorded, personal data pseudonymized.";
        yield return "@conformance";
        yield return $"Feature: The recorded dialogue {dialogue.Name}";
        yield return "  What the supplier sent and OMEGA answered in this recording, in the steps of the conformance";
        yield return "  suite, to run against any target.";
        yield return string.Empty;
        yield return $"  Scenario: As recorded: PCE {numeroPce ?? "unknown"}, {exchanges}"
            + (end is null ? string.Empty : $", ending \"{end}\"");
    }
}
