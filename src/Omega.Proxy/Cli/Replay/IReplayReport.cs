using Omega.Conformance.Replay;

namespace Omega.Proxy.Cli.Replay;

/// <summary>How <c>omega replay</c> shows its results: one dialogue at a time, then a summary.</summary>
internal interface IReplayReport
{
    void Write(DialogueReplay replay);

    void Finish();
}
