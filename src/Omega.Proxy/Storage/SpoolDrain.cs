using System.Data.Common;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Omega.Conformance.Recording;
using Omega.Conformance.Storage.Postgres;
using Omega.Proxy.Telemetry;

namespace Omega.Proxy.Storage;

/// <summary>
/// Brings the database back into use: probes it while it is down, writes back the dialogues judged
/// locally, then drains the spool into it, oldest entry first, each removed only once the database
/// holds it. A drain cut short (the database failing again, the proxy killed) starts again from the
/// entry it was on; the database keeps one copy of an exchange, so nothing is doubled.
/// </summary>
internal sealed class SpoolDrain(
    PostgresDatabase database,
    IRecordingStore recordings,
    SharedDialogueStore dialogues,
    RecordingSpool spool,
    DatabaseState state,
    ILogger<SpoolDrain> logger) : BackgroundService
{
    /// <summary>
    /// How often a database that is down is probed: wall-clock time, since it paces retries against
    /// a real server, not the dialogues' clock.
    /// </summary>
    public static readonly TimeSpan ProbePeriod = TimeSpan.FromSeconds(1);

    /// <summary>One pass: probe, restore, drain. False when the database is still out of reach.</summary>
    public async Task<bool> DrainAsync(CancellationToken cancel)
    {
        if (state.IsUp && spool.Count == 0 && !dialogues.HasLocalJudgements)
        {
            return true;
        }

        try
        {
            await database.PingAsync(cancel);
            var restored = await dialogues.RestoreAsync(cancel);
            state.Answered(restored, spool.Count);
            var drained = 0;
            foreach (var file in spool.Entries())
            {
                if (!await DrainOneAsync(file, cancel))
                {
                    continue;
                }

                drained++;
            }

            if (drained > 0)
            {
                Log.SpoolDrained(logger, database.Url.Description, drained);
            }

            return spool.Count == 0;
        }
        catch (Exception e) when (DatabaseState.IsOutage(e) || e is DbException)
        {
            state.Failed(e);
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await state.Wake.WaitAsync(ProbePeriod, stoppingToken);
                state.Woken();
                if (!await DrainAsync(stoppingToken))
                {
                    // Out of reach: probe again a period later rather than at every signal.
                    await Task.Delay(ProbePeriod, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The proxy is stopping; what is left in the spool is drained at the next start.
        }
    }

    /// <summary>
    /// Writes one entry; true once the database holds it. An entry the database refuses for good is set aside.
    /// </summary>
    private async Task<bool> DrainOneAsync(string file, CancellationToken cancel)
    {
        SpoolEntry entry;
        try
        {
            entry = RecordingSpool.Read(file);
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            Log.SpoolEntryRejected(logger, Path.GetFileName(file), e.Message, spool.Rejected, e);
            spool.Reject(file);
            return false;
        }

        try
        {
            await entry.WriteToAsync(recordings, cancel);
        }
        catch (DbException e) when (!DatabaseState.IsOutage(e))
        {
            Log.SpoolEntryRejected(logger, Path.GetFileName(file), e.Message, spool.Rejected, e);
            spool.Reject(file);
            return false;
        }

        spool.Remove(file);
        return true;
    }
}
