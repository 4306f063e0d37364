using System.Globalization;

namespace Omega.Proxy.Report;

/// <summary>How the report writes numbers and squeezes long text into the diagram's labels.</summary>
internal static class ReportText
{
    public static string Ms(double milliseconds) => milliseconds.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The text cut to <paramref name="max"/> characters with an ellipsis; the cards show it whole.</summary>
    public static string Fit(string? text, int max) =>
        text is null ? string.Empty : text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
