using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Omega.Conformance.Services;
using Omega.Conformance.Storage;
using Omega.Proxy.Exchanges;
using Omega.Proxy.Telemetry;

namespace Omega.Proxy.Dialogues;

/// <summary>
/// Watches the open dialogues for the ones nothing moved for longer than their window: the
/// dialogue model ends them, and a demand left "en attente de RDV" is a violation (the supplier
/// "doit impérativement poursuivre le dialogue"), logged, counted and recorded with the dialogue.
/// Instances sharing a store each watch every dialogue; the end is a commit like any other, so
/// only one of them ends a dialogue and records it.
/// </summary>
internal sealed class DialogueWatch(
    DialogueTracker tracker,
    ServiceCatalog services,
    IExchangeRecorder recorder,
    ProxyMetrics metrics,
    TimeProvider time,
    ILogger<DialogueWatch> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan Retention = TimeSpan.FromHours(2);

    /// <summary>Ends every dialogue whose window passed by <paramref name="now"/>; returns how many.</summary>
    public async Task<int> SweepAsync(DateTimeOffset now, CancellationToken cancel)
    {
        var window = services.Services.Min(s => s.Dialogue.Window);
        var ended = 0;
        foreach (var stored in await tracker.Store.IdleAsync(now - window, cancel))
        {
            if (services.Services.FirstOrDefault(s => s.Name == stored.Service)?.Dialogue is not { } model
                || stored.State is not { } state)
            {
                continue;
            }

            var (held, dialogue) = await tracker.TryHoldAsync(stored.Id, cancel);
            if (!held)
            {
                continue;
            }

            try
            {
                var step = model.Expire(state, now);
                if (!step.State.IsOver
                    || await tracker.Store.CommitAsync(stored, new DialogueChange(null, null, step.State, now,
                        IsExchange: false), cancel)
                        is not { } committed)
                {
                    continue;
                }

                if (dialogue is not null)
                {
                    tracker.Expired(dialogue, committed);
                }
                ended++;
                foreach (var violation in step.Violations)
                {
                    metrics.Violation(
                        violation.RuleId,
                        violation.Severity == Omega.Conformance.Validation.Severity.Error ? "error" : "warning");
                }

                Log.DialogueExpired(logger, committed.Id, committed.NumeroDemande, step.State.Status,
                    string.Join(',', step.Violations.Select(v => v.RuleId)));
                await recorder.RecordEndAsync(committed, step, now, cancel);
            }
            finally
            {
                dialogue?.Gate.Release();
            }
        }

        await tracker.Store.ForgetAsync(now - Retention, cancel);
        return ended;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await SweepAsync(time.GetUtcNow(), stoppingToken);
                }
                catch (Exception e) when (e is DbException or TimeoutException or IOException)
                {
                    // The store is out of reach: the next tick sweeps again.
                    Log.WatchSkipped(logger, e.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The proxy is stopping.
        }
    }
}
