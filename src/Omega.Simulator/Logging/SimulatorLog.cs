using Microsoft.Extensions.Logging;

namespace Omega.Simulator.Logging;

/// <summary>The simulator's log messages. They name operations, codes and demand numbers, never a person.</summary>
internal static partial class SimulatorLog
{
    [LoggerMessage(
        SimulatorEvents.Started,
        LogLevel.Information,
        "OMEGA simulator listening on {Url} with {PceCount} PCEs, seed {Seed}")]
    public static partial void Started(ILogger logger, Uri url, int pceCount, int seed);

    [LoggerMessage(
        SimulatorEvents.Answered,
        LogLevel.Debug,
        "{Operation} answered {TypeRetourDialogue} {CodeRetour} for demand {NumeroDemande}")]
    public static partial void Answered(
        ILogger logger, string operation, string typeRetourDialogue, string codeRetour, string? numeroDemande);

    [LoggerMessage(SimulatorEvents.FaultInjected, LogLevel.Information, "Fault {Kind} injected on {Operation}")]
    public static partial void FaultInjected(ILogger logger, Faults.FaultKind kind, string operation);

    [LoggerMessage(SimulatorEvents.RequestRejected, LogLevel.Debug, "Request rejected with a SOAP Fault: {RuleId}")]
    public static partial void RequestRejected(ILogger logger, string ruleId);

    [LoggerMessage(
        SimulatorEvents.OwnAnswerInvalid,
        LogLevel.Warning,
        "The simulator's own answer to {Operation} breaks {RuleIds}")]
    public static partial void OwnAnswerInvalid(ILogger logger, string operation, string ruleIds);

    [LoggerMessage(SimulatorEvents.Stopped, LogLevel.Information, "OMEGA simulator stopped")]
    public static partial void Stopped(ILogger logger);
}
