using System.Diagnostics;

namespace Omega.Hardening.Tests.Storage;

/// <summary>
/// A recordings folder that a test can break and repair while the proxy writes into it. Where the
/// process may mount (root, or a passwordless sudo), the folder is a small tmpfs of its own: remounted
/// read-only, or filled up to its size. Where it may not, neither fault can be made for real (root
/// ignores permissions, and nothing else fills a disk on purpose): the folder's path is then taken by
/// a plain file, which fails every write the same way, and <see cref="Method"/> says so.
/// </summary>
internal sealed class StorageFault : IAsyncDisposable
{
    public const string ReadOnly = "read-only";
    public const string Full = "full";

    private const int TmpfsKilobytes = 512;

    private readonly string _parent;
    private readonly string _kind;
    private readonly bool _mounted;

    private StorageFault(string parent, string kind, bool mounted)
    {
        _parent = parent;
        _kind = kind;
        _mounted = mounted;
        Folder = Path.Combine(parent, "recordings");
        Method = mounted
            ? $"{kind}: a {TmpfsKilobytes} KB tmpfs " + (kind == ReadOnly ? "remounted read-only" : "filled up")
            : $"{kind}: mount refused (needs root or passwordless sudo); the folder's path taken by a file instead";
    }

    /// <summary>The recordings folder to give the proxy.</summary>
    public string Folder { get; }

    /// <summary>How the fault is made here, for the test's output.</summary>
    public string Method { get; }

    private string Filler => Path.Combine(Folder, "filler.bin");

    public static async Task<StorageFault> CreateAsync(string kind)
    {
        var parent = Directory.CreateTempSubdirectory("omega-storage-").FullName;
        var folder = Path.Combine(parent, "recordings");
        Directory.CreateDirectory(folder);
        var options = $"size={TmpfsKilobytes}k,mode=0755,uid={Id("-u")},gid={Id("-g")}";
        var mounted = await MountAsync("-t", "tmpfs", "-o", options, "omega-recordings", folder) == 0;
        return new StorageFault(parent, kind, mounted);
    }

    public async Task BreakAsync()
    {
        if (!_mounted)
        {
            Directory.Move(Folder, Folder + ".aside");
            await File.WriteAllTextAsync(Folder, "a file where the recordings folder was");
        }
        else if (_kind == ReadOnly)
        {
            await MustAsync(MountAsync("-o", "remount,ro", Folder));
        }
        else
        {
            await FillAsync();
        }
    }

    public async Task RepairAsync()
    {
        if (!_mounted)
        {
            File.Delete(Folder);
            Directory.Move(Folder + ".aside", Folder);
        }
        else if (_kind == ReadOnly)
        {
            await MustAsync(MountAsync("-o", "remount,rw", Folder));
        }
        else
        {
            File.Delete(Filler);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_mounted)
        {
            await MountAsync("umount", Folder);
        }

        Directory.Delete(_parent, recursive: true);
    }

    private async Task FillAsync()
    {
        var block = new byte[4096];
        try
        {
            await using var filler = new FileStream(Filler, FileMode.Create, FileAccess.Write, FileShare.None, 1);
            while (true)
            {
                await filler.WriteAsync(block);
                await filler.FlushAsync();
            }
        }
        catch (IOException)
        {
            // No space left on the device: the folder is full.
        }
    }

    private static async Task MustAsync(Task<int> mount)
    {
        if (await mount != 0)
        {
            throw new InvalidOperationException("a remount of the test's own tmpfs failed");
        }
    }

    /// <summary>Runs mount (or umount when it comes first), through sudo when not root; its exit code.</summary>
    private static async Task<int> MountAsync(params string[] arguments)
    {
        var command = arguments[0] == "umount" ? arguments[0] : "mount";
        var rest = arguments[0] == "umount" ? arguments[1..] : arguments;
        var root = Id("-u") == "0";
        var start = new ProcessStartInfo(root ? command : "sudo")
        {
            RedirectStandardError = true, RedirectStandardOutput = true,
        };
        foreach (var argument in root ? rest : ["-n", command, .. rest])
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }

    private static string Id(string flag)
    {
        using var process = Process.Start(new ProcessStartInfo("id", flag) { RedirectStandardOutput = true })!;
        var id = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return id;
    }
}
