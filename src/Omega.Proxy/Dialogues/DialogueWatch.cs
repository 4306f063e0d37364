using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Omega.Proxy.Exchanges;
using Omega.Proxy.Telemetry;

namespace Omega.Proxy.Dialogues;

/// <summary>
/// Watches the open dialogues for the ones nothing moved for longer than their window: the
/// dialogue model ends them, and a demand left "en attente de RDV" is a violation (the supplier
/// "doit impérativement poursuivre le dialogue"), logged, counted and recorded with the dialogue.
/// </summary>
internal sealed class DialogueWatch(
    DialogueTracker tracker,
    IExchangeRecorder recorder,
    ProxyMetrics metrics,
    TimeProvider time,
    ILogger<DialogueWatch> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(15);

    /// <summary>Ends every dialogue whose window passed by <paramref name="now"/>; returns how many.</summary>
    public async Task<int> SweepAsync(DateTimeOffset now, CancellationToken cancel)
    {
        var ended = 0;
        foreach (var dialogue in tracker.Open.ToList())
        {
            if (dialogue.Model is not { } model || dialogue.State is not { } state || !await dialogue.Gate.WaitAsync(0, cancel))
            {
                continue;
            }

            try
            {
                var step = model.Expire(state, now);
                if (!step.State.IsOver)
                {
                    continue;
                }

                dialogue.State = step.State;
                tracker.Expired(dialogue);
                ended++;
                foreach (var violation in step.Violations)
                {
                    metrics.Violation(violation.RuleId, violation.Severity == Omega.Conformance.Validation.Severity.Error ? "error" : "warning");
                }

                Log.DialogueExpired(logger, dialogue.Id, dialogue.NumeroDemande, step.State.Status,
                    string.Join(',', step.Violations.Select(v => v.RuleId)));
                await recorder.RecordEndAsync(dialogue, step, now, cancel);
            }
            finally
            {
                dialogue.Gate.Release();
            }
        }

        return ended;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepAsync(time.GetUtcNow(), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The proxy is stopping.
        }
    }
}
