using Omega.Conformance.Dialogue;
using Omega.Conformance.Storage;
using Omega.Proxy.Exchanges;

namespace Omega.Proxy.Dialogues;

/// <summary>
/// Plays an exchange through its service's dialogue model, on the state a store gave: the events
/// of the tableau it took and the dialogue rules it broke join the exchange; the change is what the
/// store commits. Pure, so an exchange whose commit lost a race is played again on the newer state.
/// </summary>
internal static class DialogueStepper
{
    /// <param name="answered">
    /// True when OMEGA answered, false when no answer came (a time-out, a reset, a body too large to
    /// judge), null when the request was never forwarded: then the model does not play it.
    /// </param>
    public static DialogueChange Step(Exchange exchange, StoredDialogue basis, bool? answered, DateTimeOffset now)
    {
        var binding = exchange.RequestVerdict?.Binding;
        var role = binding?.Operation.Role;
        if (answered is null || binding is null)
        {
            return new DialogueChange(null, role, null, now);
        }

        var model = binding.Service.Dialogue;
        var response = answered == true && exchange.ResponseVerdict is { Envelope.IsFault: false } verdict
            ? verdict.Message : null;
        var step = model.Step(
            basis.State ?? model.Initial,
            DialogueExchange.Read(binding.Operation.Name, exchange.RequestVerdict!.Message, response,
                exchange.StartedAt));
        exchange.Transitions = step.Transitions;
        exchange.DialogueViolations = step.Violations;
        return new DialogueChange(binding.Service.Name, role, step.State, now);
    }
}
