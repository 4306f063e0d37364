namespace Omega.Conformance.Export.Features;

/// <summary>
/// What the export could not carry over as recorded: said in the feature as a comment beside the
/// exchange, and told once to whoever runs the export.
/// </summary>
internal sealed class ExportNotes(ScenarioText text, Action<string> warn)
{
    public void Note(RecordedCall call, string what)
    {
        var line = $"{call.Label}: {what}";
        text.Comment(line);
        warn(line);
    }

    public void LeftOut(RecordedCall call, string why) => Note(call, why + "; left out");
}
