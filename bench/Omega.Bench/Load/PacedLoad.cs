using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Threading.Channels;

namespace Omega.Bench.Load;

/// <summary>
/// An open-loop load generator: requests are due at a fixed rate whatever the server does, and each
/// one's latency counts from when it was due, not from when a connection was free to send it, so a
/// server that stalls is charged for every request it held back (no coordinated omission). A
/// dedicated thread releases the requests on time; a fixed number of connections send them.
/// </summary>
internal sealed class PacedLoad(Uri target, IReadOnlyList<byte[]> bodies, int connections)
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    public async Task<PacedResult> RunAsync(double rate, TimeSpan duration)
    {
        using var client = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };

        // Opens every connection before the clock starts.
        await Task.WhenAll(Enumerable.Range(0, connections)
            .Select(index => SendAsync(client, index, CancellationToken.None)));

        var due = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleWriter = true });
        var total = (long)(rate * duration.TotalSeconds);
        var started = Stopwatch.GetTimestamp();
        using var stop = new CancellationTokenSource(duration + Grace);
        var workers = Enumerable.Range(0, connections)
            .Select(_ => Task.Run(() => WorkAsync(client, due.Reader, stop.Token)))
            .ToArray();
        var scheduler = new Thread(() => Release(due.Writer, started, rate, total))
        {
            IsBackground = true,
            Priority = ThreadPriority.Highest,
        };
        scheduler.Start();
        var outcomes = await Task.WhenAll(workers);
        scheduler.Join();

        var elapsed = Stopwatch.GetElapsedTime(started);
        var latencies = outcomes.SelectMany(outcome => outcome.Latencies).Order().ToArray();
        return new PacedResult(
            rate,
            duration.TotalSeconds,
            total,
            latencies.Length,
            outcomes.Sum(outcome => outcome.Failures),
            total - latencies.Length - outcomes.Sum(outcome => outcome.Failures),
            elapsed.TotalSeconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.90),
            Percentile(latencies, 0.99),
            Percentile(latencies, 0.999),
            latencies.Length == 0 ? 0 : Milliseconds(latencies[^1]));
    }

    private static void Release(ChannelWriter<long> due, long started, double rate, long total)
    {
        var frequency = (double)Stopwatch.Frequency;
        for (long index = 0; index < total;)
        {
            var now = Stopwatch.GetTimestamp();
            for (; index < total; index++)
            {
                var at = started + (long)(index / rate * frequency);
                if (at > now)
                {
                    var wait = (at - now) / frequency;
                    NativeSleep.For(wait);
                    break;
                }

                due.TryWrite(at);
            }
        }

        due.Complete();
    }

    private async Task<WorkerOutcome> WorkAsync(HttpClient client, ChannelReader<long> due, CancellationToken stop)
    {
        var latencies = new List<long>();
        var failures = 0;
        try
        {
            while (await due.WaitToReadAsync(stop))
            {
                while (due.TryRead(out var at))
                {
                    if (await SendAsync(client, (int)(at % bodies.Count), stop))
                    {
                        latencies.Add(Stopwatch.GetTimestamp() - at);
                    }
                    else
                    {
                        failures++;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Past the grace period: what was not answered by then is counted as not sent.
        }

        return new WorkerOutcome(latencies, failures);
    }

    private async Task<bool> SendAsync(HttpClient client, int index, CancellationToken cancel)
    {
        using var content = new ByteArrayContent(bodies[index % bodies.Count]);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = content };
        request.Headers.Add("SOAPAction", "\"CreerDemandeMHS\"");
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancel);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static double Percentile(long[] sorted, double rank) => sorted.Length == 0
        ? 0
        : Milliseconds(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(rank * sorted.Length) - 1)]);

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private sealed record WorkerOutcome(List<long> Latencies, int Failures);
}
