using System.Globalization;

namespace Omega.Proxy.Exchanges;

/// <summary>
/// Ids of exchanges and dialogues that sort by time and stay unique across proxy instances:
/// 20261203T101500Z-3fa2-000042, the middle part drawn once per process.
/// </summary>
internal static class TimeOrderedIds
{
    private static readonly string Instance = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray(), 0, 2);
    private static long _counter;

    public static string Next(TimeProvider time)
    {
        var sequence = Interlocked.Increment(ref _counter).ToString("D6", CultureInfo.InvariantCulture);
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return $"{stamp}-{Instance}-{sequence}";
    }
}
