namespace Omega.Conformance.Recording;

/// <summary>A violation as recorded, with the side of the exchange it was found on.</summary>
/// <param name="Side">"request", "response" or "exchange" (transport, dialogue).</param>
public sealed record RecordedViolation(
    string Side, string Rule, string Severity, string Path, int Line, string Message);
