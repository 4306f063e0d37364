namespace Omega.Conformance.Report;

/// <summary>A rule broken somewhere in the reported recordings: how often, and where first.</summary>
/// <param name="FirstAnchor">The report anchor of the first exchange (or dialogue end) that broke it.</param>
/// <param name="FirstSeen">That exchange for people: its dialogue, sequence and operation.</param>
public sealed record BrokenRule(string Rule, string Severity, int Count, string FirstAnchor, string FirstSeen);
