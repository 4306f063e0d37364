namespace Omega.Conformance.Soap;

/// <summary>What was read of an envelope: its SOAP version and the message its Body holds.</summary>
/// <param name="Version">The SOAP version, or <see cref="SoapVersion.Unknown"/> when it is no envelope.</param>
/// <param name="Message">The first element of the Body, or null when there is none or it could not be read.</param>
public sealed record ParsedEnvelope(SoapVersion Version, MessageElement? Message)
{
    /// <summary>True when the Body holds a SOAP Fault rather than a message of the contract.</summary>
    public bool IsFault => Message is { Name: "Fault" } message
        && SoapNamespaces.VersionOf(message.NamespaceUri) != SoapVersion.Unknown;
}
