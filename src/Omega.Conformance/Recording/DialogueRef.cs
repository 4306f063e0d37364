namespace Omega.Conformance.Recording;

/// <summary>
/// What names a recorded dialogue: when it began, its PCE and, once OMEGA gave it, its NumeroDemande.
/// </summary>
public sealed record DialogueRef(string Id, DateTimeOffset StartedAt, string? NumeroPce, string? NumeroDemande);
