namespace Omega.Features.Supplier;

/// <summary>A date, "YYYY-MM-DD", and the Plage asked for with it, if any.</summary>
public sealed record RequestedSlot(string Date, string? Plage)
{
    public override string ToString() => Plage is null ? Date : Date + " " + Plage;
}
