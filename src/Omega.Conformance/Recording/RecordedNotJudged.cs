namespace Omega.Conformance.Recording;

/// <summary>A rule that could not be judged on one side of a recorded exchange, and why.</summary>
public sealed record RecordedNotJudged(string Side, string Rule, string Path, string Reason);
