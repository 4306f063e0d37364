using System.Globalization;

namespace Omega.Proxy.Report;

/// <summary>How the report writes numbers and counts, and squeezes long text into the diagram's labels.</summary>
internal static class ReportText
{
    public static string Ms(double milliseconds) => milliseconds.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>"1 rule", "2 rules", "0 rules": the count and its noun, plural unless the count is one.</summary>
    public static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + Noun(count, noun);

    /// <summary>The noun alone, for where the count is written apart from it.</summary>
    public static string Noun(int count, string noun) => count == 1 ? noun : noun + "s";

    /// <summary>The text cut to <paramref name="max"/> characters with an ellipsis; the cards show it whole.</summary>
    public static string Fit(string? text, int max) =>
        text is null ? string.Empty : text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
