using Omega.Simulator.Faults;

namespace Omega.Simulator.Data;

/// <summary>Everything the simulator answers from: PCEs, suppliers, service hours, calendar, faults.</summary>
public sealed record SimulatorData
{
    public IReadOnlyList<PceRecord> Pces { get; init; } = [];

    public IReadOnlyList<SupplierRecord> Suppliers { get; init; } = [new("GS9912")];

    public ServiceSettings Service { get; init; } = new();

    public CalendarSettings Calendar { get; init; } = new();

    /// <summary>Faults that hold from the start; more are added through <c>POST /_stub/faults</c>.</summary>
    public IReadOnlyList<FaultRule> Faults { get; init; } = [];

    public PceRecord? FindPce(string numero) => Pces.FirstOrDefault(p => p.NumeroPce == numero);

    public SupplierRecord? FindSupplier(string cad) => Suppliers.FirstOrDefault(s => s.Cad == cad);
}
