using Omega.Conformance.Contract;
using Omega.Conformance.Dialogue;
using Omega.Conformance.Rules;
using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;
using Omega.Features.Supplier;
using Omega.Features.Targets;

namespace Omega.Features.Judging;

/// <summary>
/// Judges each exchange with the engine of <c>omega validate</c> and the proxy: the request with what
/// the profile knows of its PCE, the answer in the context of the request, and the dialogue model.
/// </summary>
public static class Judge
{
    private static readonly Lazy<MessageValidator> LazyValidator =
        new(() => new MessageValidator(ContractLoader.Load(ContractLoader.DefaultFolder)));

    public static MessageValidator Validator => LazyValidator.Value;

    public static IDialogueModel Model => MhsService.Instance.Dialogue;

    /// <summary>Judges one exchange and plays it through the dialogue; returns the dialogue's new state.</summary>
    public static (JudgedExchange Exchange, DialogueState State) Exchange(
        SupplierRequest request, WireAnswer answer, PceRole? pce, DialogueState state, DateTimeOffset at)
    {
        var facts = pce is { Frequency: { } frequency, Access: { } access } ? new PceFacts(frequency, access) : null;
        var bytes = request.ToBytes();
        var requestVerdict = Validator.Validate(bytes, new ExchangeContext { Pce = facts });
        var proxyVerdict = facts is null ? requestVerdict : Validator.Validate(bytes, new ExchangeContext());
        var transport = ContentTypeCheck.Check(request.ContentType, requestVerdict.Envelope.Version);
        var requestViolations = requestVerdict.Violations.ToList();
        var proxyRules = proxyVerdict.Violations.Select(v => v.RuleId).ToList();
        if (transport is not null)
        {
            requestViolations.Add(transport);
            proxyRules.Add(transport.RuleId);
        }

        ValidationResult? answerVerdict = null;
        if (answer.Body.Length > 0)
        {
            answerVerdict = Validator.Validate(
                answer.Body, new ExchangeContext { Request = requestVerdict.Message, Pce = facts });
            if (ContentTypeCheck.Check(answer.ContentType, answerVerdict.Envelope.Version) is { } answerTransport)
            {
                proxyRules.Add(answerTransport.RuleId);
            }
        }

        var answerViolations = answerVerdict?.Violations.ToList() ?? [];
        proxyRules.AddRange(answerViolations.Select(v => v.RuleId));
        var isFault = answerVerdict?.Envelope.IsFault ?? false;
        var response = isFault ? null : answerVerdict?.Message;
        var judged = new JudgedExchange
        {
            Request = request,
            Answer = answer,
            At = at,
            RequestMessage = requestVerdict.Message,
            IsFault = isFault,
            Response = response,
            StateBefore = state,
        };
        if (requestVerdict.Binding is not { } binding || requestVerdict.Message is null)
        {
            return (Finish(judged, requestViolations, answerViolations, proxyRules), state);
        }

        var dialogue = DialogueExchange.Read(binding.Operation.Name, requestVerdict.Message, response, at);

        // As the proxy does, a follow-up call belongs to the dialogue of the NumeroDemande it carries.
        var follows = binding.Operation.Role == Omega.Conformance.Services.OperationRole.FollowUp;
        var own = !follows || (requestVerdict.Message.Child("NumeroDemande")?.Value.Trim() is { Length: > 0 } numero
            && numero == state.NumeroDemande);
        var step = Model.Step(own ? state : Model.Initial, dialogue);
        foreach (var violation in step.Violations)
        {
            (IsAboutAnswer(violation) ? answerViolations : requestViolations).Add(violation);
            proxyRules.Add(violation.RuleId);
        }

        judged = judged with { Dialogue = dialogue, Transitions = step.Transitions };
        return (Finish(judged, requestViolations, answerViolations, proxyRules), own ? step.State : state);
    }

    /// <summary>The dialogue's end past its window, as the proxy's watch would see it at that time.</summary>
    public static DialogueStep Expire(DialogueState state, DateTimeOffset now) => Model.Expire(state, now);

    /// <summary>A dialogue violation found in OMEGA's answer, rather than in the supplier's call.</summary>
    public static bool IsAboutAnswer(Violation violation) =>
        violation.Path.StartsWith("/ReponseWS", StringComparison.Ordinal);

    private static JudgedExchange Finish(
        JudgedExchange judged, List<Violation> request, List<Violation> answer, List<string> proxyRules) =>
        judged with
        {
            RequestViolations = request,
            AnswerViolations = answer,
            ProxyRules = [.. proxyRules.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
}
