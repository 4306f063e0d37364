namespace Omega.Hardening.Tests.Support;

/// <summary>One exchange as the supplier saw it: what it sent, what came back, the id the proxy gave it.</summary>
internal sealed record SupplierExchange(
    string Operation, string ExchangeId, int Status, byte[] Request, byte[] Response);
