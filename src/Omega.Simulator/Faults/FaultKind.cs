namespace Omega.Simulator.Faults;

/// <summary>What can go wrong on the way to OMEGA, on demand.</summary>
public enum FaultKind
{
    /// <summary>The answer comes, late by <see cref="FaultRule.LatencyMs"/>.</summary>
    Latency,

    /// <summary>HTTP 500 with a SOAP Fault (soapenv:Server).</summary>
    Http500,

    /// <summary>The connection is reset before any answer.</summary>
    Reset,

    /// <summary>HTTP 503 with a SOAP Fault "Service indisponible".</summary>
    Unavailable,
}
