namespace Omega.Simulator.Data;

/// <summary>The data file could not be used. Thrown at start-up only.</summary>
public sealed class SimulatorDataException : Exception
{
    public SimulatorDataException(string message)
        : base(message)
    {
    }

    public SimulatorDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
