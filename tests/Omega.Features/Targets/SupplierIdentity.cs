namespace Omega.Features.Targets;

/// <summary>Who the supplier is in every request: the identity block of section 3.2.1.1.</summary>
public sealed record SupplierIdentity
{
    public string DnEntreprise { get; init; } = string.Empty;

    public string NumeroCad { get; init; } = string.Empty;

    public string Login { get; init; } = string.Empty;

    /// <summary>The CodePostal sent with a PCE whose role names none.</summary>
    public string? CodePostal { get; init; }
}
