using Omega.Conformance.Storage;

namespace Omega.Proxy.Cli.Store;

/// <summary>
/// A line per batch of a copy, and none for a copy that fits in one. Written as reported: the
/// framework's Progress would post the lines to the thread pool, where they could come out of order.
/// </summary>
internal sealed class CopyProgressLines(TextWriter error) : IProgress<RecordingCopyProgress>
{
    public void Report(RecordingCopyProgress value)
    {
        if (value.Of > RecordingCopy.DefaultBatch)
        {
            error.WriteLine($"copying: {value.Dialogues} of {value.Of} dialogues, {value.Exchanges} exchanges");
        }
    }
}
