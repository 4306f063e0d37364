using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;
using Omega.Proxy.Telemetry;

namespace Omega.Proxy.Storage;

/// <summary>
/// Whether the shared database answers, as the exchanges and the drain find it. While it does not,
/// the exchanges no longer try it (each would wait for its time-out): the drain alone probes it.
/// </summary>
internal sealed class DatabaseState(string description, ILogger<DatabaseState> logger)
{
    private volatile bool _down;
    private int _signalled;

    public bool IsUp => !_down;

    /// <summary>Wakes the drain: something waits in the spool, or the database just failed.</summary>
    public SemaphoreSlim Wake { get; } = new(0, int.MaxValue);

    /// <summary>True for what a database out of reach or too slow throws, rather than a fault of ours.</summary>
    public static bool IsOutage(Exception e) =>
        e is TimeoutException or IOException or SocketException or OperationCanceledException
        || e is NpgsqlException { IsTransient: true }
        || e is DbException && e.InnerException is TimeoutException or IOException or SocketException;

    public void Failed(Exception e)
    {
        if (!_down)
        {
            _down = true;
            Log.DatabaseDown(logger, description, e.GetType().Name + ": " + e.Message, e);
        }

        Signal();
    }

    public void Answered(int restored, int spooled)
    {
        if (_down)
        {
            _down = false;
            Log.DatabaseBack(logger, description, restored, spooled);
        }
    }

    public void Signal()
    {
        if (Interlocked.Exchange(ref _signalled, 1) == 0)
        {
            Wake.Release();
        }
    }

    /// <summary>Called by the drain as it wakes, so that the next signal wakes it again.</summary>
    public void Woken() => Interlocked.Exchange(ref _signalled, 0);
}
