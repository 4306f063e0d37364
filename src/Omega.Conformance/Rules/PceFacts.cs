namespace Omega.Conformance.Rules;

/// <summary>
/// What OMEGA's referential knows of a PCE and a message does not carry: needed by the rules that
/// the specification makes depend on the PCE. The simulator knows them; a lone message does not.
/// </summary>
/// <param name="Frequence">Reading frequency: "6M", "1M", "MM", "JJ" or "JM".</param>
/// <param name="Acces">Access: "PO" (présence obligatoire), "PNO" or "IAS".</param>
public sealed record PceFacts(string Frequence, string Acces)
{
    /// <summary>
    /// True when nobody can reach the meter without the customer: presence is required (PO). An IAS
    /// PCE is hard to reach but needs no presence.
    /// </summary>
    public bool IsInaccessible => Acces == "PO";

    /// <summary>True for the frequencies that take an appointment on a slot (6M, 1M).</summary>
    public bool TakesSlots => Frequence is "6M" or "1M";
}
