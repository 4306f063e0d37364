namespace Omega.Proxy.Hosting;

/// <summary>What the proxy does with a request that is not conformant.</summary>
public enum ProxyMode
{
    /// <summary>Forward everything; report the verdicts.</summary>
    Observe,

    /// <summary>Answer a non-conformant request with a SOAP Fault and do not forward it.</summary>
    Enforce,
}
