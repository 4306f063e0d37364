namespace Omega.Conformance.Services;

/// <summary>Where a message belongs: its service, its operation and its direction.</summary>
public sealed record MessageBinding(IOmegaService Service, OperationDefinition Operation, MessageDirection Direction)
{
    public string MessageName => Operation.MessageName(Direction);
}
