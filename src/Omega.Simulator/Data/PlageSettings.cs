namespace Omega.Simulator.Data;

/// <summary>A slot of the day: its name as OMEGA sends it, its hours, and how many appointments it takes.</summary>
public sealed record PlageSettings(string Name, string From, string To, int Capacity);
