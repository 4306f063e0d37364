using Omega.Conformance.Validation;

namespace Omega.Conformance.Soap;

/// <summary>
/// SOAP 1.1 travels as text/xml, SOAP 1.2 as application/soap+xml: a server reads the envelope by
/// its content type, so a mismatch fails at OMEGA even when the envelope is valid.
/// </summary>
public static class ContentTypeCheck
{
    public static Violation? Check(string? contentType, SoapVersion version)
    {
        if (version == SoapVersion.Unknown)
        {
            return null;
        }

        var mediaType = (contentType ?? string.Empty).Split(';')[0].Trim();
        var expected = version == SoapVersion.Soap11 ? "text/xml" : "application/soap+xml";
        if (string.Equals(mediaType, expected, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var shown = mediaType.Length == 0 ? "no Content-Type" : $"Content-Type '{mediaType}'";
        var soap = version == SoapVersion.Soap11 ? "1.1" : "1.2";
        return StructuralRules.ContentTypeMismatch.At(
            "/Envelope", $"A SOAP {soap} envelope is sent with {shown}; expected '{expected}'.");
    }
}
