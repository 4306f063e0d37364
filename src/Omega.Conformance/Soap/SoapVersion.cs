namespace Omega.Conformance.Soap;

/// <summary>The SOAP version of an envelope, told apart by the namespace of its root element.</summary>
public enum SoapVersion
{
    Unknown,
    Soap11,
    Soap12,
}

internal static class SoapNamespaces
{
    public const string Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";
    public const string Soap12 = "http://www.w3.org/2003/05/soap-envelope";

    public static SoapVersion VersionOf(string namespaceUri) => namespaceUri switch
    {
        Soap11 => SoapVersion.Soap11,
        Soap12 => SoapVersion.Soap12,
        _ => SoapVersion.Unknown,
    };
}
