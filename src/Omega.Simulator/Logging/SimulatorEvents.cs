namespace Omega.Simulator.Logging;

/// <summary>The event ids of the simulator's logs, 4000 to 4099: one place, never reused.</summary>
internal static class SimulatorEvents
{
    public const int Started = 4000;
    public const int Answered = 4001;
    public const int FaultInjected = 4002;
    public const int RequestRejected = 4003;
    public const int OwnAnswerInvalid = 4004;
    public const int Stopped = 4005;
}
