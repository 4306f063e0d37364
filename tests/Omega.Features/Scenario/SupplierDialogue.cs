using Omega.Conformance.Dialogue;
using Omega.Conformance.Services;
using Omega.Conformance.Validation;
using Omega.Features.Judging;
using Omega.Features.Supplier;
using Omega.Features.Targets;

namespace Omega.Features.Scenario;

/// <summary>
/// The supplier's side of one scenario: the PCE it plays, the requests it sends, omega's verdict on
/// each exchange and where the dialogue stands. SpecFlow makes one per scenario and shares it.
/// </summary>
public sealed class SupplierDialogue
{
    private static readonly Dictionary<string, Severity> Severities = ServiceCatalog.Default.Rules
        .ToDictionary(rule => rule.Id, rule => rule.Severity, StringComparer.Ordinal);

    private readonly List<JudgedExchange> _exchanges = [];
    private readonly List<TakenTransition> _transitions = [];
    private readonly List<Violation> _dialogueEnds = [];
    private readonly HashSet<JudgedExchange> _unasserted = [];

    public SupplierDialogue()
    {
        Target = TargetSession.Current;
        Requests = new SupplierRequests(Target.Profile.Supplier);
    }

    public RunningTarget Target { get; }

    public SupplierRequests Requests { get; }

    /// <summary>The PCE of the scenario, once a Given step named its role.</summary>
    public PceRole? Pce { get; private set; }

    public DialogueState State { get; private set; } = Judge.Model.Initial;

    /// <summary>A slot a step found free and kept for a later one.</summary>
    public RequestedSlot? Remembered { get; set; }

    /// <summary>
    /// The NumeroDemande the next appointment call carries instead of OMEGA's, when a step chose one.
    /// </summary>
    public string? ForcedNumeroDemande { get; set; }

    public IReadOnlyList<JudgedExchange> Exchanges => _exchanges;

    /// <summary>Every event of the tableau the scenario's dialogues went through, in order.</summary>
    public IReadOnlyList<TakenTransition> Transitions => _transitions;

    /// <summary>The dialogue rules broken when a dialogue ended past its window.</summary>
    public IReadOnlyList<Violation> DialogueEnds => _dialogueEnds;

    /// <summary>The exchanges whose request omega found something in, and no step said it was meant.</summary>
    public IReadOnlyCollection<JudgedExchange> Unasserted => _unasserted;

    public JudgedExchange Last => _exchanges.Count > 0 ? _exchanges[^1]
        : throw new InvalidOperationException("No request was sent yet in this scenario.");

    /// <summary>The demand number OMEGA gave in this scenario.</summary>
    public string NumeroDemande => ForcedNumeroDemande
        ?? State.NumeroDemande
        ?? _exchanges.Select(e => e.Dialogue?.NumeroDemande).LastOrDefault(n => n is not null)
        ?? throw new InvalidOperationException("OMEGA gave no NumeroDemande in this scenario.");

    public PceRole Play(string role)
    {
        Pce = Target.Profile.Pces.TryGetValue(role, out var pce) ? pce : throw new InvalidOperationException(
            $"The target profile '{Target.Name}' maps no PCE to the role \"{role}\": add it under \"pces\".");
        return Pce;
    }

    public PceRole RequirePce() => Pce ?? throw new InvalidOperationException("No Given step named the PCE.");

    public string Cad(string role) => Target.Profile.Cads.TryGetValue(role, out var cad) ? cad
        : throw new InvalidOperationException(
            $"The target profile '{Target.Name}' maps no CAD to the role \"{role}\": add it under \"cads\".");

    public string Plage(string words) => Target.Profile.Plages.TryGetValue(words, out var plage) ? plage
        : throw new InvalidOperationException(
            $"The target profile '{Target.Name}' names no Plage for \"{words}\": add it under \"plages\".");

    /// <summary>
    /// Sends a request, judges the exchange and checks what every exchange must hold: OMEGA's answer
    /// is conformant and a proxy's verdict headers tell what omega found. A request omega finds
    /// anything in waits for a step to say it was meant (see <see cref="Unasserted"/>).
    /// </summary>
    public async Task<JudgedExchange> SendAsync(SupplierRequest request)
    {
        var answer = await WireAnswer.SendAsync(Target.Client, Target.ServiceUrl, request);
        var (judged, state) = Judge.Exchange(request, answer, Pce, State, Target.Clock.Now);
        State = state;
        _exchanges.Add(judged);
        _transitions.AddRange(judged.Transitions);

        var answerErrors = judged.AnswerViolations.Where(v => v.Severity == Severity.Error).ToList();
        if (answerErrors.Count > 0)
        {
            throw new InvalidOperationException(
                $"OMEGA's answer to {request.Operation} is not conformant:\n{Describe(answerErrors)}\n{Body(answer)}");
        }

        if (judged.RequestViolations.Count > 0)
        {
            _unasserted.Add(judged);
        }

        if (Target.ThroughProxy)
        {
            CheckProxyVerdict(judged);
        }

        return judged;
    }

    /// <summary>Marks the verdict on a request sent broken as looked at.</summary>
    public void Asserted(JudgedExchange exchange) => _unasserted.Remove(exchange);

    /// <summary>
    /// Lets time pass on the target's clock; a dialogue past its window ends, as the proxy would see it.
    /// </summary>
    public void PassTime(TimeSpan duration)
    {
        Target.Clock.Advance(duration, $"let {duration.TotalMinutes:0} minutes pass");
        var step = Judge.Expire(State, Target.Clock.Now);
        State = step.State;
        _transitions.AddRange(step.Transitions);
        _dialogueEnds.AddRange(step.Violations);
    }

    public static string Describe(IEnumerable<Violation> violations) =>
        string.Join('\n', violations.Select(v => $"  {v.RuleId} {v.Severity} {v.Path}: {v.Message}"));

    private static string Body(WireAnswer answer) => System.Text.Encoding.UTF8.GetString(answer.Body);

    private static void CheckProxyVerdict(JudgedExchange judged)
    {
        if (judged.Answer.Status is null)
        {
            throw new InvalidOperationException(
                $"The proxy gave no answer to {judged.Operation}: {judged.Answer.Lost}");
        }

        judged.Answer.Headers.TryGetValue("X-Omega-Verdict", out var verdict);
        judged.Answer.Headers.TryGetValue("X-Omega-Rules", out var rules);
        var told = (rules ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Order(StringComparer.Ordinal).ToList();
        var failing = judged.ProxyRules.Any(id => Severities.GetValueOrDefault(id) == Severity.Error);
        var expected = failing ? "fail" : "pass";
        if (verdict != expected || !told.SequenceEqual(judged.ProxyRules))
        {
            throw new InvalidOperationException(
                $"The proxy's verdict on {judged.Operation} is X-Omega-Verdict: {verdict ?? "none"}, X-Omega-Rules: "
                + $"{rules ?? "none"}; omega's own is {expected} with {string.Join(',', judged.ProxyRules)}.");
        }
    }
}
