namespace Omega.Bench.Harness;

/// <summary>One target of the bench, its measured figure, and whether it is met.</summary>
internal sealed record TargetCheck(string Figure, string Target, string Measured, bool Met);
