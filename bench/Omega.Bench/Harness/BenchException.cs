namespace Omega.Bench.Harness;

/// <summary>A run that cannot go on: an arm that does not start or misbehaves, a tool that fails.</summary>
internal sealed class BenchException(string message) : Exception(message);
