namespace Omega.Conformance.Services;

/// <summary>One operation of a service: its name and the root elements of its two messages.</summary>
/// <param name="Name">The WSDL operation name, also the SOAPAction.</param>
/// <param name="RequestElement">The local name of the request's root element.</param>
/// <param name="ResponseElement">The local name of the response's root element.</param>
/// <param name="Role">Where the operation stands in the dialogue.</param>
public sealed record OperationDefinition(
    string Name, string RequestElement, string ResponseElement, OperationRole Role = OperationRole.FollowUp)
{
    public string MessageName(MessageDirection direction) =>
        direction == MessageDirection.Request ? RequestElement : ResponseElement;
}
