using Omega.Conformance.Replay;

namespace Omega.Proxy.Cli.Replay;

/// <summary>The replay report for people: each dialogue, each exchange, each difference.</summary>
internal sealed class TextReplayReport(TextWriter output) : IReplayReport
{
    private int _dialogues;
    private int _equivalent;

    public void Write(DialogueReplay replay)
    {
        _dialogues++;
        _equivalent += replay.Equivalent ? 1 : 0;
        output.WriteLine($"{replay.Dialogue.Name}: {(replay.Equivalent ? "equivalent" : "DIFFERS")}");
        if (replay.Shift.Weeks > 0)
        {
            var weeks = replay.Shift.Weeks == 1 ? "week" : "weeks";
            output.WriteLine($"  dates moved {replay.Shift.Weeks} {weeks} forward, recorded in the past");
        }

        foreach (var exchange in replay.Exchanges)
        {
            var verdict = exchange.Skipped is not null ? $"skipped, {exchange.Skipped}"
                : exchange.Error is not null ? $"ERROR, {exchange.Error}"
                : exchange.Equivalent ? "equivalent"
                : $"DIFFERS ({exchange.Differences.Count})";
            output.WriteLine($"  {exchange.Sequence:D4} {exchange.Operation ?? "unknown"}: {verdict}");
            foreach (var difference in exchange.Differences)
            {
                output.WriteLine($"    {difference}");
            }
        }
    }

    public void Finish()
    {
        var noun = _dialogues == 1 ? "dialogue" : "dialogues";
        output.WriteLine($"{_dialogues} {noun}: {_equivalent} equivalent, {_dialogues - _equivalent} differ");
    }
}
