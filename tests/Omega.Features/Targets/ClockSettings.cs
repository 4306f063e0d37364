namespace Omega.Features.Targets;

/// <summary>The fake clock of an in-process target: when it starts, and the service hours it keeps.</summary>
/// <param name="Start">The moment the run begins at, with its offset.</param>
/// <param name="Opens">Opening time of the simulated OMEGA, "HH:mm", Paris time.</param>
/// <param name="Closes">Closing time, "HH:mm".</param>
public sealed record ClockSettings(DateTimeOffset Start, string Opens, string Closes);
