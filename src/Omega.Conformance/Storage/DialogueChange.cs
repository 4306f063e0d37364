using Omega.Conformance.Dialogue;
using Omega.Conformance.Services;

namespace Omega.Conformance.Storage;

/// <summary>What one exchange, or the end of a window, changes in a stored dialogue.</summary>
/// <param name="Service">The service whose model judged it; null to keep the one known.</param>
/// <param name="Role">The step of the exchange; null when no exchange made the change.</param>
/// <param name="State">The state after; null to keep the one known (an exchange no model judged).</param>
/// <param name="At">When it happened.</param>
/// <param name="IsExchange">True for an exchange, which takes the next rank; false for an end by the window.</param>
public sealed record DialogueChange(
    string? Service, OperationRole? Role, DialogueState? State, DateTimeOffset At, bool IsExchange = true);
