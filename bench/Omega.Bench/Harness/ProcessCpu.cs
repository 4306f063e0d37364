using System.Globalization;

namespace Omega.Bench.Harness;

/// <summary>
/// CPU time a process has used, user and system, all its threads, from /proc/PID/stat (fields 14
/// and 15, in clock ticks of 10 ms).
/// </summary>
internal static class ProcessCpu
{
    private const double TicksPerSecond = 100;

    public static TimeSpan Of(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");

        // The command name, field 2, is in parentheses and may hold spaces: count from after it.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture)
            + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
