namespace Omega.Conformance.Export.Features;

/// <summary>A date and slot of the recording as the suite's steps name it, by its role rather than its date.</summary>
/// <param name="Words">The words of the step: "a Sunday morning", "the 3rd offered slot".</param>
/// <param name="Date">The date the recording gave, "YYYY-MM-DD", when it gave one.</param>
/// <param name="Lasting">True when the words name the same date later on, as "a Sunday morning" does.</param>
/// <param name="Problem">What the words could not keep of the recording, for a comment; null when nothing.</param>
internal sealed record SlotPhrase(string Words, string? Date, bool Lasting, string? Problem = null);
