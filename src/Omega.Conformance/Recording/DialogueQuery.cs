namespace Omega.Conformance.Recording;

/// <summary>
/// Which recorded dialogues a reader wants. Every store answers the same query the same way: the
/// file store by <see cref="Matches"/>, the PostgreSQL store in SQL.
/// </summary>
public sealed record DialogueQuery
{
    /// <summary>Every dialogue.</summary>
    public static DialogueQuery All { get; } = new();

    /// <summary>Dialogues that began at or after this instant.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Dialogues where this rule was broken, by an exchange or by the dialogue's end.</summary>
    public string? Rule { get; init; }

    public string? NumeroPce { get; init; }

    /// <summary>"pass" or "fail": the dialogue's verdict.</summary>
    public string? Verdict { get; init; }

    /// <summary>Dialogues of these names or ids; any when empty.</summary>
    public IReadOnlyList<string> Dialogues { get; init; } = [];

    public bool Matches(DialogueListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return (Since is null || listing.StartedAt >= Since)
            && (Rule is null || listing.Rules.Contains(Rule, StringComparer.Ordinal))
            && (NumeroPce is null || listing.NumeroPce == NumeroPce)
            && (Verdict is null || listing.Verdict == Verdict)
            && (Dialogues.Count == 0 || Dialogues.Contains(listing.Name) || Dialogues.Contains(listing.Id));
    }
}
