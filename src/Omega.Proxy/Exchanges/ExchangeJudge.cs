using Omega.Conformance.Rules;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;

namespace Omega.Proxy.Exchanges;

/// <summary>Judges both messages of an exchange with the one validation engine of the tool.</summary>
internal sealed class ExchangeJudge(MessageValidator validator)
{
    public MessageValidator Validator => validator;

    public void JudgeRequest(Exchange exchange, ExchangeContext context)
    {
        var body = exchange.Request!;
        if (body.TooLarge)
        {
            exchange.ExchangeViolations.Add(StructuralRules.TooLarge.At(
                "/",
                $"The request is larger than {validator.Limits.MaxBytes} bytes; it was neither read nor forwarded."));
            return;
        }

        exchange.RequestVerdict = validator.Validate(body.Memory, context);
        AddContentTypeCheck(exchange, exchange.RequestContentType, exchange.RequestVerdict);
        var subject = context.ClientCertificateSubject;
        if (TransportRules.CheckDnEntreprise(exchange.RequestVerdict.Message, subject) is { } mismatch)
        {
            exchange.ExchangeViolations.Add(mismatch);
        }
    }

    public void JudgeResponse(Exchange exchange)
    {
        var body = exchange.Response!;
        if (body.TooLarge)
        {
            exchange.ExchangeViolations.Add(StructuralRules.TooLarge.At(
                "/", $"The response is larger than {validator.Limits.MaxBytes} bytes; it was passed on unjudged."));
            return;
        }

        var context = new ExchangeContext { Request = exchange.RequestVerdict?.Message };
        exchange.ResponseVerdict = validator.Validate(body.Memory, context);
        AddContentTypeCheck(exchange, exchange.ResponseContentType, exchange.ResponseVerdict);
    }

    private static void AddContentTypeCheck(Exchange exchange, string? contentType, ValidationResult verdict)
    {
        if (ContentTypeCheck.Check(contentType, verdict.Envelope.Version) is { } violation)
        {
            exchange.ExchangeViolations.Add(violation);
        }
    }
}
