namespace Omega.Bench.Payloads;

/// <summary>One payload size of the bench: its name, in paths and reports, and the bytes it aims at.</summary>
internal sealed record PayloadSize(string Name, int TargetBytes)
{
    public static readonly PayloadSize Small = new("1k", 1024);
    public static readonly PayloadSize Medium = new("4k", 4 * 1024);
    public static readonly PayloadSize Large = new("32k", 32 * 1024);

    public static IReadOnlyList<PayloadSize> All { get; } = [Small, Medium, Large];

    public static PayloadSize Named(string name) =>
        All.FirstOrDefault(size => size.Name == name)
        ?? throw new ArgumentException($"no payload size '{name}': 1k, 4k or 32k", nameof(name));
}
