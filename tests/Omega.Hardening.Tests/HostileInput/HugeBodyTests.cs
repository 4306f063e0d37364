using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Omega.Hardening.Tests.Support;
using Omega.Proxy.Hosting;
using Omega.Proxy.Tests.Cli;
using Omega.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Omega.Hardening.Tests.HostileInput;

/// <summary>
/// A 100 MB body is refused without being held: the tests count what was read of it and what the
/// process allocated meanwhile, never how long it took.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class HugeBodyTests(ITestOutputHelper output) : IDisposable
{
    private const long Limit = Omega.Conformance.Soap.XmlLimits.DefaultMaxBytes;

    /// <summary>Far below the 100 MB sent: a few times the 1 MB limit, for buffers and the contract.</summary>
    private const long AllocationBound = 16L * 1024 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("omega-huge-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Validate_HundredMegabyteFile_IsRefusedUnread()
    {
        var file = Path.Combine(_folder, "huge.xml");
        await using (var huge = File.Create(file))
        {
            await new HugeEnvelope(4096).CopyToAsync(huge);
            huge.SetLength(HugeEnvelope.HundredMegabytes);
        }

        var (run, allocated) = await Allocations.MeasureAsync(() => ValidateAsync(file));

        output.WriteLine($"100 MB file: exit {run.ExitCode}, allocated {Allocations.Megabytes(allocated)}");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["XML003"], ValidateReport.Rules(run.Output));
        Assert.InRange(allocated, 0, AllocationBound);
    }

    [Fact]
    public async Task Validate_HundredMegabytesFromAPipe_StopsReadingPastTheLimit()
    {
        var fifo = Path.Combine(_folder, "huge.fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var envelope = new HugeEnvelope(HugeEnvelope.HundredMegabytes);
        var writer = Task.Run(() => FeedAsync(fifo, envelope));

        var (run, allocated) = await Allocations.MeasureAsync(() => ValidateAsync(fifo));
        await UnblockAsync(fifo, writer);

        output.WriteLine($"100 MB pipe: exit {run.ExitCode}, {envelope.Taken:N0} bytes taken, "
            + $"allocated {Allocations.Megabytes(allocated)}");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["XML003"], ValidateReport.Rules(run.Output));
        Assert.InRange(envelope.Taken, Limit, 2 * Limit);
        Assert.InRange(allocated, 0, AllocationBound);
    }

    [Theory]
    [InlineData(ProxyMode.Observe, true)]
    [InlineData(ProxyMode.Observe, false)]
    [InlineData(ProxyMode.Enforce, true)]
    [InlineData(ProxyMode.Enforce, false)]
    public async Task Proxy_HundredMegabyteBody_Gets413WithoutBeingHeld(ProxyMode mode, bool declaresLength)
    {
        await using var upstream = await FakeUpstream.StartAsync();
        await using var proxy = await RunningProxy.StartAsync(upstream.Address, o => o with { Mode = mode });
        var envelope = new HugeEnvelope(HugeEnvelope.HundredMegabytes);

        var (answer, allocated) = await Allocations.MeasureAsync(
            () => SendAsync(proxy.Address, envelope, declaresLength));

        output.WriteLine($"100 MB through the proxy ({mode}, {(declaresLength ? "Content-Length" : "chunked")}): "
            + $"{envelope.Taken:N0} bytes offered before the answer, allocated {Allocations.Megabytes(allocated)}");
        Assert.StartsWith("HTTP/1.1 413", answer, StringComparison.Ordinal);
        Assert.Contains("X-Omega-Rules: XML003", answer, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(upstream.Received);
        Assert.InRange(allocated, 0, AllocationBound);
        var manifest = Assert.Single(Directory.GetFiles(proxy.Recordings, "*.json", SearchOption.AllDirectories));
        Assert.Contains("\"XML003\"", await File.ReadAllTextAsync(manifest), StringComparison.Ordinal);
    }

    /// <summary>Streams the envelope to the proxy over a raw socket until its answer comes.</summary>
    private static async Task<string> SendAsync(Uri proxy, HugeEnvelope envelope, bool declaresLength)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(proxy.Host, proxy.Port);
        var stream = client.GetStream();
        var framing = declaresLength
            ? $"Content-Length: {HugeEnvelope.HundredMegabytes}"
            : "Transfer-Encoding: chunked";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            "POST /CreerDemandeMHS HTTP/1.1\r\nHost: omega\r\n"
            + $"Content-Type: text/xml; charset=utf-8\r\n{framing}\r\n\r\n"));
        using var stop = new CancellationTokenSource();
        var sending = SendBodyAsync(stream, envelope, declaresLength, stop.Token);
        var answer = await RawHttp.ReadHeadAndFaultAsync(stream, TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        client.Close();
        await sending;
        return answer;
    }

    private static async Task SendBodyAsync(
        NetworkStream stream, HugeEnvelope envelope, bool declaresLength, CancellationToken stop)
    {
        var chunk = new byte[64 * 1024];
        try
        {
            int read;
            while (!stop.IsCancellationRequested && (read = await envelope.ReadAsync(chunk, stop)) > 0)
            {
                if (!declaresLength)
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes($"{read:X}\r\n"), stop);
                }

                await stream.WriteAsync(chunk.AsMemory(0, read), stop);
                if (!declaresLength)
                {
                    await stream.WriteAsync("\r\n"u8.ToArray(), stop);
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The proxy answered and the test hung up: the rest of the body is never sent.
        }
    }

    private static async Task FeedAsync(string fifo, HugeEnvelope envelope)
    {
        try
        {
            await using var pipe = new FileStream(fifo, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = envelope.Read(chunk)) > 0)
            {
                await pipe.WriteAsync(chunk.AsMemory(0, read));
            }
        }
        catch (IOException)
        {
            // The validator closed its end: it read all it wanted.
        }
    }

    /// <summary>Waits for the writer, opening the pipe's other end if the validator never did.</summary>
    private static async Task UnblockAsync(string fifo, Task writer)
    {
        if (await Task.WhenAny(writer, Task.Delay(TimeSpan.FromSeconds(5))) != writer)
        {
            await using (new FileStream(fifo, FileMode.Open, FileAccess.Read))
            {
            }
        }

        await writer;
    }

    private static Task<CliRun> ValidateAsync(string file) => CliRun.InvokeAsync("validate", "--format", "json", file);
}
