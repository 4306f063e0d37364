namespace Omega.Conformance.Validation;

/// <summary>Rules that join a message to the connection it came on: only a proxy can judge them.</summary>
public static class TransportRules
{
    public static readonly RuleDescriptor DnEntrepriseMismatch = new(
        "TLS001",
        Severity.Error,
        "3.2.1.2, 3.3.1.1 DNEntreprise",
        "DNEntreprise is the subject DN of the TLS client certificate the request came with.");

    public static IReadOnlyList<RuleDescriptor> All { get; } = [DnEntrepriseMismatch];

    /// <summary>The violation when the request's DNEntreprise is not the certificate's subject, or null.</summary>
    public static Violation? CheckDnEntreprise(Soap.MessageElement? request, string? certificateSubject)
    {
        if (request?.Child("DNEntreprise") is not { } field || certificateSubject is null)
        {
            return null;
        }

        return DistinguishedNames.Same(field.Value, certificateSubject)
            ? null
            : DnEntrepriseMismatch.At(
                field.Path,
                $"DNEntreprise '{field.Value.Trim()}' is not the subject "
                + $"of the client certificate, '{certificateSubject}'.",
                field.Line,
                field.Column);
    }
}
