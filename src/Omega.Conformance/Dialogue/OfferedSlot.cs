namespace Omega.Conformance.Dialogue;

/// <summary>A date and slot of the appointment calendar, as OMEGA offers them.</summary>
/// <param name="Date">"YYYY-MM-DD".</param>
/// <param name="Plage">The slot's name, or an empty string when OMEGA gave none.</param>
public sealed record OfferedSlot(string Date, string Plage)
{
    public override string ToString() => Plage.Length == 0 ? Date : Date + " " + Plage;
}
