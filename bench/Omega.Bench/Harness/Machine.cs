using System.Globalization;
using System.Runtime.InteropServices;

namespace Omega.Bench.Harness;

/// <summary>What the run ran on, and how busy the machine was: figures move with both.</summary>
internal sealed record Machine(string Cpu, int Cores, string Memory, string Kernel, string Runtime)
{
    /// <summary>The file system holding the folder, as /proc/mounts tells it: the recordings land there.</summary>
    public static string FileSystemOf(string folder)
    {
        var full = Path.GetFullPath(folder);
        var mount = File.ReadLines("/proc/mounts")
            .Select(line => line.Split(' '))
            .Where(fields => fields.Length > 3
                && (full + "/").StartsWith(fields[1].TrimEnd('/') + "/", StringComparison.Ordinal))
            .MaxBy(fields => fields[1].Length);
        return mount is null ? "unknown" : $"{mount[2]} ({mount[3]}) on {mount[1]}";
    }

    public static Machine Describe()
    {
        var cpu = File.ReadLines("/proc/cpuinfo")
            .FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?
            .Split(':', 2)[1].Trim() ?? "unknown";
        var memory = File.ReadLines("/proc/meminfo")
            .First(line => line.StartsWith("MemTotal", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return new Machine(
            cpu,
            Environment.ProcessorCount,
            $"{long.Parse(memory, CultureInfo.InvariantCulture) >> 20} GiB",
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription);
    }

    /// <summary>The three load averages of /proc/loadavg: 1, 5 and 15 minutes.</summary>
    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
