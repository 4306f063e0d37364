namespace Omega.Conformance.Rules;

/// <summary>A rule that applied to the message but could not be judged, and why.</summary>
public sealed record NotJudged(string RuleId, string Path, string Reason);
