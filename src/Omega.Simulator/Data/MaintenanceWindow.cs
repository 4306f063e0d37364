namespace Omega.Simulator.Data;

/// <summary>A time when OMEGA answers "…indisponible suite à une opération de maintenance…".</summary>
public sealed record MaintenanceWindow(DateTimeOffset From, DateTimeOffset To)
{
    public bool Covers(DateTimeOffset at) => at >= From && at < To;
}
