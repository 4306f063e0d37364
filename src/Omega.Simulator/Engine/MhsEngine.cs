using System.Text;
using Microsoft.Extensions.Logging;
using Omega.Conformance.Dialogue;
using Omega.Conformance.Rules;
using Omega.Conformance.Services;
using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Services.Mhs.Dialogue;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;
using Omega.Simulator.Data;
using Omega.Simulator.Logging;

namespace Omega.Simulator.Engine;

/// <summary>
/// The simulated OMEGA behind the HTTP layer: it admits or refuses a call, answers it, and walks the
/// demand's dialogue through the MHS model, which also tells it which calls are out of sequence.
/// </summary>
internal sealed class MhsEngine
{
    private readonly SimulatorData _data;
    private readonly SimulatorClock _clock;
    private readonly Admission _admission;
    private readonly AppointmentDesk _desk;
    private readonly AnswerWriter _writer;
    private readonly MessageValidator _validator;
    private readonly IDialogueModel _dialogue;
    private readonly ILogger _logger;

    public MhsEngine(SimulatorData data, int seed, SimulatorClock clock, MessageValidator validator, ILogger logger)
    {
        _data = data;
        _clock = clock;
        _validator = validator;
        _logger = logger;
        _dialogue = MhsService.Instance.Dialogue;
        _admission = new Admission(data, clock);
        _desk = new AppointmentDesk(new AppointmentCalendar(data.Calendar, seed), clock);
        _writer = new AnswerWriter(validator.Contract.NamespaceOf(MhsOperations.CreerDemandeMHS.ResponseElement)
            ?? throw new InvalidOperationException("The contract does not declare the MHS messages."));
        Demands = new DemandStore(seed);
    }

    public DemandStore Demands { get; }

    /// <summary>The PCE a call is about: named by the check and the creation, known from the demand after.</summary>
    public string? PceOf(MessageElement request) =>
        Admission.NumeroPce(request) ?? Demands.Find(NumeroDemande(request))?.Pce.NumeroPce;

    /// <summary>The envelope OMEGA answers to a request of that operation, read from <paramref name="body"/>.</summary>
    public string Reply(OperationDefinition operation, MessageElement request, ReadOnlyMemory<byte> body)
    {
        var refusal = _admission.RefuseCall(request);
        if (operation == MhsOperations.VerifierRecevabiliteMHS)
        {
            var pce = _data.FindPce(Admission.NumeroPce(request) ?? string.Empty);
            var answer = refusal ?? Admission.RefusePce(request, pce) ?? Unruly(body, pce) ?? Recevable(pce!);
            return Write(operation, request, answer, pce).Envelope;
        }

        return operation == MhsOperations.CreerDemandeMHS
            ? Create(request, body, refusal)
            : Continue(operation, request, refusal ?? Unruly(body, pce: null));
    }

    /// <summary>
    /// The refusal of a request that breaks a rule, judged with what the referential knows of its PCE.
    /// </summary>
    private Answer? Unruly(ReadOnlyMemory<byte> body, PceRecord? pce)
    {
        var context = new ExchangeContext { Pce = pce is null ? null : new PceFacts(pce.Frequency, pce.Access) };
        return RuleRefusal.Refuse(_validator.Validate(body, context).Violations);
    }

    private string Create(MessageElement request, ReadOnlyMemory<byte> body, Answer? refusal)
    {
        var pce = _data.FindPce(Admission.NumeroPce(request) ?? string.Empty);
        var answer = refusal
            ?? Admission.RefusePce(request, pce)
            ?? CreationChecks.Refuse(request)
            ?? Unruly(body, pce);
        Demand? demand = null;
        if (answer is null)
        {
            var forSupplier = request.Find("Demande/DonneesTypeDemande/FournisseurMHS")?.Value.Trim() is "true" or "1";
            var presence = forSupplier ? "PNO" : pce!.Access;
            demand = new Demand(Demands.NextNumber(), pce!, Admission.Cad(request), presence, _dialogue.Initial);
            answer = _desk.Create(demand, request);
        }

        var (envelope, response) = Write(MhsOperations.CreerDemandeMHS, request, answer, pce);
        if (demand is not null)
        {
            var exchange = Exchange(MhsOperations.CreerDemandeMHS, request, response);
            demand.State = _dialogue.Step(_dialogue.Initial, exchange).State;
            Demands.Add(demand);
        }

        return envelope;
    }

    private string Continue(OperationDefinition operation, MessageElement request, Answer? refusal)
    {
        var demand = Demands.Find(NumeroDemande(request));
        if (demand is null)
        {
            var unknown = refusal ?? Answer.Refused(MhsReturnCodes.DialogueInterrompu, MhsDialogueRules.NoDemand.Id);
            return Write(operation, request, unknown, pce: null).Envelope;
        }

        lock (demand.Gate)
        {
            var answer = refusal
                ?? (Admission.Cad(request) != demand.Cad ? Answer.Refused(MhsReturnCodes.HabilitationIncorrecte) : null)
                ?? OutOfSequence(demand, operation, request)
                ?? _desk.Continue(demand, operation, request);
            var (envelope, response) = Write(operation, request, answer, demand.Pce);
            demand.State = _dialogue.Step(demand.State, Exchange(operation, request, response)).State;
            return envelope;
        }
    }

    /// <summary>
    /// OMEGA's error for a call the dialogue does not allow: "Dialogue interrompu…" with the rule broken.
    /// </summary>
    private Answer? OutOfSequence(Demand demand, OperationDefinition operation, MessageElement request)
    {
        var probe = _dialogue.Step(demand.State, Exchange(operation, request, response: null));
        var broken = probe.Violations.FirstOrDefault(v => v.Severity == Severity.Error);
        return broken is null ? null : Answer.Refused(MhsReturnCodes.DialogueInterrompu, broken.RuleId);
    }

    /// <summary>The options a check returns: those of a MHS at the client's initiative (section 3.2.2.1).</summary>
    private static Answer Recevable(PceRecord pce) =>
        Answer.Of(MhsReturnCodes.Message, MhsReturnCodes.DemandeRecevable)
            with { Options = [("1", pce.Access), ("7", pce.Access), ("8", pce.Access)] };

    /// <summary>
    /// Writes the answer and reads it back: the dialogue walks the very message sent, and it is checked.
    /// </summary>
    private (string Envelope, MessageElement? Response) Write(
        OperationDefinition operation, MessageElement request, Answer answer, PceRecord? pce)
    {
        var objectName = operation == MhsOperations.VerifierRecevabiliteMHS ? null
            : operation == MhsOperations.CreerDemandeMHS ? "ReponseCreerDemandeObjet"
            : "ReponseRdvObjet";
        var envelope = _writer.Write(operation.ResponseElement, objectName, answer);
        var context = new ExchangeContext
        {
            Request = request,
            Pce = pce is null ? null : new PceFacts(pce.Frequency, pce.Access),
        };
        var result = _validator.Validate(Encoding.UTF8.GetBytes(envelope), context);
        if (!result.IsConformant)
        {
            var ruleIds = string.Join(' ', result.Violations.Select(v => v.RuleId));
            SimulatorLog.OwnAnswerInvalid(_logger, operation.Name, ruleIds);
        }

        SimulatorLog.Answered(
            _logger, operation.Name, answer.TypeRetourDialogue, answer.Code.Code, answer.NumeroDemande);
        return (envelope, result.Message);
    }

    private DialogueExchange Exchange(
        OperationDefinition operation, MessageElement request, MessageElement? response) =>
        DialogueExchange.Read(operation.Name, request, response, _clock.Now);

    private static string? NumeroDemande(MessageElement request) => request.Child("NumeroDemande")?.Value.Trim();
}
