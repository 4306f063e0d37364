using System.Globalization;

namespace Omega.Conformance.Report;

/// <summary>How many of some counted things passed: "93.7 %" with "15 of 16" beside it.</summary>
/// <param name="Noun">What is counted, in the singular ("exchange"), for the text of an empty count.</param>
public sealed record ConformanceShare(int Passed, int Total, string Noun)
{
    public bool IsEmpty => Total == 0;

    /// <summary>
    /// The share in percent, rounded down to a tenth so that 100 means every one passed; null when
    /// there is nothing to count.
    /// </summary>
    public double? Percent => IsEmpty ? null : Math.Floor(Passed * 1000.0 / Total) / 10;

    /// <summary>"93.7 %", or "no exchange" when there is none.</summary>
    public string Text => Percent is { } percent
        ? percent.ToString("0.#", CultureInfo.InvariantCulture) + " %"
        : "no " + Noun;

    /// <summary>"15 of 16".</summary>
    public string Count => string.Create(CultureInfo.InvariantCulture, $"{Passed} of {Total}");
}
