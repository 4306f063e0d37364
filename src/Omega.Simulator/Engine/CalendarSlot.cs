using Omega.Conformance.Dialogue;
using Omega.Conformance.Rules;
using Omega.Simulator.Data;

namespace Omega.Simulator.Engine;

/// <summary>One slot of one day of the appointment calendar.</summary>
internal sealed record CalendarSlot(DateOnly Date, PlageSettings Plage)
{
    public string DateText => IsoDate.Text(Date);

    public OfferedSlot Offered => new(DateText, Plage.Name);
}
