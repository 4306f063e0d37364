using System.Text.Json;
using Omega.Conformance.Replay;

namespace Omega.Proxy.Cli.Replay;

/// <summary>The replay report for machines: one JSON object per line and per dialogue.</summary>
internal sealed class JsonReplayReport(TextWriter output) : IReplayReport
{
    public void Write(DialogueReplay replay)
    {
        JsonLine.Write(output, json =>
        {
            json.WriteString("dialogue", replay.Dialogue.Name);
            json.WriteBoolean("equivalent", replay.Equivalent);
            json.WriteNumber("datesMovedDays", replay.Shift.Days);
            json.WriteStartArray("exchanges");
            foreach (var exchange in replay.Exchanges)
            {
                json.WriteStartObject();
                json.WriteNumber("sequence", exchange.Sequence);
                json.WriteString("operation", exchange.Operation);
                json.WriteBoolean("equivalent", exchange.Equivalent);
                json.WriteString("skipped", exchange.Skipped);
                json.WriteString("error", exchange.Error);
                json.WriteStartArray("differences");
                foreach (var difference in exchange.Differences)
                {
                    json.WriteStartObject();
                    json.WriteString("path", difference.Path);
                    json.WriteString("kind", difference.Kind);
                    json.WriteString("recorded", difference.Expected);
                    json.WriteString("live", difference.Actual);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    public void Finish()
    {
    }
}
