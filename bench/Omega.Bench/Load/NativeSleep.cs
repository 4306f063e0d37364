using System.Runtime.InteropServices;

namespace Omega.Bench.Load;

/// <summary>Sleeps to the kernel's precision, tens of microseconds; Thread.Sleep rounds to milliseconds.</summary>
internal static partial class NativeSleep
{
    public static void For(double seconds)
    {
        var microseconds = (uint)Math.Clamp(seconds * 1_000_000, 1, 1_000_000);
        _ = Usleep(microseconds);
    }

    [LibraryImport("libc", EntryPoint = "usleep", SetLastError = true)]
    private static partial int Usleep(uint microseconds);
}
