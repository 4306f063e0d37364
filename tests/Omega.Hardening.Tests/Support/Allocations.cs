namespace Omega.Hardening.Tests.Support;

/// <summary>The bytes the whole process allocated while an action ran: meaningful in a test run alone.</summary>
internal static class Allocations
{
    public static async Task<(T Result, long Bytes)> MeasureAsync<T>(Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = await action();
        return (result, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    public static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.0} MB";
}
