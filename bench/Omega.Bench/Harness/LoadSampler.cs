using System.Globalization;

namespace Omega.Bench.Harness;

/// <summary>The highest one-minute load average seen during the run, sampled every ten seconds.</summary>
internal sealed class LoadSampler : IDisposable
{
    private readonly Timer _timer;
    private double _highest;

    public LoadSampler()
    {
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    public double Highest
    {
        get
        {
            Sample();
            return Volatile.Read(ref _highest);
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var now = double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        double seen;
        do
        {
            seen = Volatile.Read(ref _highest);
        }
        while (now > seen && Interlocked.CompareExchange(ref _highest, now, seen) != seen);
    }
}
