namespace Omega.Conformance.Validation;

/// <summary>How much a violation weighs: an error makes a message non-conformant, a warning does not.</summary>
public enum Severity
{
    Warning,
    Error,
}
