using Microsoft.Extensions.Logging;
using Omega.Conformance.Services;
using Omega.Conformance.Validation;
using Omega.Simulator.Engine;
using Omega.Simulator.Faults;
using Omega.Simulator.Logging;
using WireMock;
using WireMock.ResponseProviders;
using WireMock.Settings;

namespace Omega.Simulator.Http;

/// <summary>
/// The one SOAP URL of the service: the operation is the Body's first element, as OMEGA reads it.
/// A request that is no readable envelope of the contract gets a SOAP Fault (soapenv:Client).
/// </summary>
internal sealed class SoapEndpoint : IResponseProvider
{
    private readonly MhsEngine _engine;
    private readonly MessageValidator _validator;
    private readonly FaultBoard _faults;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public SoapEndpoint(
        MhsEngine engine, MessageValidator validator, FaultBoard faults, TimeProvider time, ILogger logger)
    {
        _engine = engine;
        _validator = validator;
        _faults = faults;
        _time = time;
        _logger = logger;
    }

    public async Task<(IResponseMessage Message, IMapping? Mapping)> ProvideResponseAsync(
        IMapping mapping, IRequestMessage requestMessage, WireMockServerSettings settings)
    {
        var body = requestMessage.BodyAsBytes
            ?? System.Text.Encoding.UTF8.GetBytes(requestMessage.Body ?? string.Empty);
        var parsed = _validator.Validate(body);
        var structural = parsed.Violations.FirstOrDefault(IsStructural);
        if (parsed.Message is null
            || parsed.Binding is not { Direction: MessageDirection.Request } binding
            || structural is not null)
        {
            var reason = structural?.Message ?? "The Body holds no request of the CreerDemandeMHS contract.";
            SimulatorLog.RequestRejected(_logger, structural?.RuleId ?? "no request");
            return (HttpAnswers.Soap(500, AnswerWriter.Fault("Client", reason)), mapping);
        }

        var operation = binding.Operation;
        if (_faults.Take(operation.Name, _engine.PceOf(parsed.Message)) is { } fault)
        {
            SimulatorLog.FaultInjected(_logger, fault.Kind, operation.Name);
            switch (fault.Kind)
            {
                case FaultKind.Latency:
                    await Task.Delay(TimeSpan.FromMilliseconds(fault.LatencyMs), _time);
                    break;
                case FaultKind.Http500:
                    var internalError = AnswerWriter.Fault("Server", "Erreur interne du service OMEGA simulé.");
                    return (HttpAnswers.Soap(500, internalError), mapping);
                case FaultKind.Unavailable:
                    return (HttpAnswers.Soap(503, AnswerWriter.Fault("Server", "Service indisponible.")), mapping);
                case FaultKind.Reset:
                    ConnectionReset.RequestForCurrentCall();
                    return (HttpAnswers.Empty(), mapping);
            }
        }

        return (HttpAnswers.Soap(200, _engine.Reply(operation, parsed.Message, body)), mapping);
    }

    private static bool IsStructural(Violation violation) =>
        violation.Severity == Severity.Error
        && (violation.RuleId.StartsWith("XML", StringComparison.Ordinal)
            || violation.RuleId.StartsWith("SOAP", StringComparison.Ordinal)
            || violation.RuleId.StartsWith("XSD", StringComparison.Ordinal));
}
