namespace Omega.Conformance.Recording;

/// <summary>A recording could not be read: no such folder, or a manifest that is not one.</summary>
public sealed class RecordingException : Exception
{
    public RecordingException(string message)
        : base(message)
    {
    }

    public RecordingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
