using Omega.Conformance.Dialogue;
using Omega.Proxy.Exchanges;

namespace Omega.Proxy.Dialogues;

/// <summary>
/// Plays an exchange through its service's dialogue model: the events of the tableau it took, the
/// state it left, and the dialogue rules it broke, which join the exchange's verdict.
/// </summary>
internal static class DialogueStepper
{
    /// <param name="answered">False when no answer came from OMEGA: a time-out, a reset, a SOAP Fault.</param>
    public static void Step(Exchange exchange, bool answered)
    {
        if (exchange.Dialogue is not { } dialogue || exchange.RequestVerdict?.Binding is not { } binding)
        {
            return;
        }

        var model = binding.Service.Dialogue;
        dialogue.Model ??= model;
        var response = answered && exchange.ResponseVerdict is { Envelope.IsFault: false } verdict ? verdict.Message : null;
        var step = model.Step(
            dialogue.State ?? model.Initial,
            DialogueExchange.Read(binding.Operation.Name, exchange.RequestVerdict.Message, response, exchange.StartedAt));
        dialogue.State = step.State;
        exchange.Transitions = step.Transitions;
        exchange.ExchangeViolations.AddRange(step.Violations);
    }
}
