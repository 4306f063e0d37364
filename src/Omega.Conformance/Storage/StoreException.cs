namespace Omega.Conformance.Storage;

/// <summary>A store that cannot be used as it is: a database whose schema is newer than this tool.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
