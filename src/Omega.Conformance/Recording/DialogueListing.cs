namespace Omega.Conformance.Recording;

/// <summary>A recorded dialogue described without its bodies: what <c>omega sessions</c> lists.</summary>
public sealed record DialogueListing
{
    public required string Id { get; init; }

    /// <summary>Time, PCE and NumeroDemande, as a recording folder is named.</summary>
    public required string Name { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public string? NumeroCad { get; init; }

    public string? NumeroPce { get; init; }

    public string? NumeroDemande { get; init; }

    public int Exchanges { get; init; }

    /// <summary>How many of its exchanges failed.</summary>
    public int Failed { get; init; }

    /// <summary>"fail" when an exchange failed or the dialogue's end broke a rule of severity error.</summary>
    public required string Verdict { get; init; }

    /// <summary>The rules broken, by its exchanges or its end, each once, in order.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    /// <summary>Where the dialogue stood last, by the dialogue model.</summary>
    public string? Status { get; init; }

    /// <summary>Describes a dialogue read whole.</summary>
    public static DialogueListing Of(RecordedDialogue dialogue)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        var manifests = dialogue.Exchanges.Select(e => e.Manifest).ToList();
        var summary = dialogue.Summary;
        var failed = manifests.Count(m => m.Verdict == "fail");
        var endFailed = summary?.Violations.Any(v => v.Severity == "error") ?? false;
        var reference = dialogue.Dialogue;
        return new DialogueListing
        {
            Id = reference.Id,
            Name = dialogue.Name,
            StartedAt = reference.StartedAt,
            NumeroCad = manifests.Select(m => m.NumeroCad).LastOrDefault(c => c is not null) ?? summary?.NumeroCad,
            NumeroPce = reference.NumeroPce,
            NumeroDemande = reference.NumeroDemande,
            Exchanges = manifests.Count,
            Failed = failed,
            Verdict = failed > 0 || endFailed ? "fail" : "pass",
            Rules = [.. manifests.SelectMany(m => m.Violations).Concat(summary?.Violations ?? [])
                .Select(v => v.Rule).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Status = summary?.State?.Status ?? manifests.LastOrDefault()?.DialogueAfter?.Status,
        };
    }
}
