namespace Omega.Conformance.Contract;

/// <summary>The contract could not be loaded: a missing folder, an unreadable or invalid XSD.</summary>
/// <remarks>Thrown at start-up only; validating a message never throws.</remarks>
public sealed class ContractException : Exception
{
    public ContractException(string message)
        : base(message)
    {
    }

    public ContractException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
