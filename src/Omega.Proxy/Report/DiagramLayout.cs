namespace Omega.Proxy.Report;

/// <summary>
/// Where the sequence diagram draws: three lanes (supplier, proxy, OMEGA), then a column for the
/// verdict and the demand's status; one row per exchange, its messages at fixed heights in it.
/// </summary>
internal static class DiagramLayout
{
    public const int Width = 980;
    public const int Supplier = 100;
    public const int Proxy = 390;
    public const int Omega = 680;
    public const int StatusColumn = 770;
    public const int LaneHead = 34;
    public const int Top = 46;
    public const int Row = 108;
    public const int EndRow = 44;

    /// <summary>The lanes, left to right, with the x of their lifelines.</summary>
    public static IReadOnlyList<(string Name, int X)> Lanes { get; } =
    [
        ("Supplier", Supplier), ("omega proxy", Proxy), ("OMEGA", Omega),
    ];

    public static int Height(int exchanges, bool ended) => Top + (exchanges * Row) + (ended ? EndRow : 0) + 8;

    public static int RowTop(int index) => Top + (index * Row);

    public static int Middle(int from, int to) => (from + to) / 2;
}
