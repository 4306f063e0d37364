namespace Omega.Proxy.Exchanges;

/// <summary>Keeps each exchange once it is complete.</summary>
internal interface IExchangeRecorder
{
    /// <summary>Records the exchange; false when it could not be, which the caller counts and reports.</summary>
    ValueTask<bool> RecordAsync(Exchange exchange, CancellationToken cancel);
}
