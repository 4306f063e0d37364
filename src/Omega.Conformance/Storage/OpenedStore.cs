using Omega.Conformance.Recording;

namespace Omega.Conformance.Storage;

/// <summary>A recording store opened by a command, and the database connections to close with it.</summary>
public sealed class OpenedStore(IRecordingStore recordings, IAsyncDisposable? connections) : IAsyncDisposable
{
    public IRecordingStore Recordings { get; } = recordings;

    public ValueTask DisposeAsync() => connections?.DisposeAsync() ?? ValueTask.CompletedTask;
}
