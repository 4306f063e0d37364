namespace Omega.Features.Supplier;

/// <summary>
/// Who asks for the MHS (section 3.3.1.2): the client, or the supplier with its motif; and the option.
/// </summary>
public sealed record Initiative(bool BySupplier, string? Motif, string Option)
{
    public static Initiative Client(string option = "1") => new(false, null, option);

    public static Initiative Supplier(string motif) => new(true, motif, "1");
}
