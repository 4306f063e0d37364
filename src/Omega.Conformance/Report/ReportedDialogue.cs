using Omega.Conformance.Recording;

namespace Omega.Conformance.Report;

/// <summary>One recorded dialogue as a report shows it: its exchanges and how it ended.</summary>
public sealed record ReportedDialogue(
    RecordedDialogue Dialogue, string Anchor, IReadOnlyList<ReportedExchange> Exchanges)
{
    public string Name => Dialogue.Name;

    /// <summary>The violations of the dialogue as a whole, found when the dialogue model ended it.</summary>
    public IReadOnlyList<RecordedViolation> EndViolations => Dialogue.Summary?.Violations ?? [];

    public int FailedExchanges => Exchanges.Count(e => e.Failed);

    public bool Failed => FailedExchanges > 0 || EndViolations.Any(v => v.Severity == "error");

    public string? NumeroPce => Last(m => m.NumeroPce) ?? Dialogue.Summary?.NumeroPce;

    public string? NumeroDemande => Last(m => m.NumeroDemande) ?? Dialogue.Summary?.NumeroDemande;

    public string? NumeroCad => Last(m => m.NumeroCad) ?? Dialogue.Summary?.NumeroCad;

    /// <summary>The demand's status when the recording ends.</summary>
    public string? FinalStatus => Dialogue.Summary?.State?.Status ?? Last(m => m.DialogueAfter?.Status);

    public double TotalMs => Exchanges.Sum(e => e.Manifest.DurationMs);

    public double UpstreamMs => Exchanges.Sum(e => e.Manifest.UpstreamMs);

    private string? Last(Func<ExchangeManifest, string?> field) =>
        Exchanges.Select(e => field(e.Manifest)).LastOrDefault(value => value is not null);
}
