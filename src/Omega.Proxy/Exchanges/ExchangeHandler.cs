using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Omega.Conformance.Replay;
using Omega.Conformance.Rules;
using Omega.Conformance.Soap;
using Omega.Proxy.Dialogues;
using Omega.Proxy.Forwarding;
using Omega.Proxy.Recording;
using Omega.Proxy.Hosting;
using Omega.Proxy.Telemetry;
using Yarp.ReverseProxy.Forwarder;

namespace Omega.Proxy.Exchanges;

/// <summary>
/// The path of one exchange through the proxy: read the request within the limit, judge it, refuse
/// it in enforce mode or forward it with YARP, judge the answer, then tell the verdict everywhere:
/// headers, log, metrics and recording. The exchange is recorded before its answer's body leaves the
/// proxy, so a supplier that got an answer can count on its recording, even if the proxy dies next.
/// </summary>
internal sealed class ExchangeHandler(
    ProxyOptions options,
    ExchangeJudge judge,
    Upstream upstream,
    IHttpForwarder forwarder,
    IExchangeRecorder recorder,
    ReplaySource replay,
    DialogueTracker dialogues,
    ProxyMetrics metrics,
    TimeProvider time,
    ILogger<ExchangeHandler> logger)
{
    private readonly ForwarderRequestConfig _requestConfig = new() { ActivityTimeout = upstream.Timeout };

    public async Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            Log.PassThrough(logger, context.Request.Method, context.Request.Path);
            if (upstream.Address is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await forwarder.SendAsync(
                context, upstream.Prefix, upstream.Client, _requestConfig, HttpTransformer.Default);
            return;
        }

        var started = time.GetTimestamp();
        var exchange = new Exchange(TimeOrderedIds.Next(time), time.GetUtcNow())
        {
            Method = context.Request.Method,
            Path = context.Request.Path + context.Request.QueryString,
            RequestContentType = context.Request.ContentType,
            Protocol = context.Request.Protocol,
            Scheme = context.Request.Scheme,
            SoapAction = context.Request.Headers["SOAPAction"],
            RequestHeaders = RecordedHeaders.Keep(context.Request.Headers.Select(h =>
                new KeyValuePair<string, IEnumerable<string>>(h.Key, h.Value.OfType<string>()))),
        };

        exchange.Request = await BoundedBody.ReadAsync(
            context.Request.Body, context.Request.ContentLength, options.MaxEnvelopeBytes, context.RequestAborted);
        judge.JudgeRequest(exchange, new ExchangeContext
        {
            ClientCertificateSubject = context.Connection.ClientCertificate?.Subject,
        });

        var dialogue = await dialogues.AttachAsync(
            exchange.RequestVerdict?.Message, exchange.RequestVerdict?.Binding?.Operation, context.RequestAborted);
        await dialogue.Gate.WaitAsync(context.RequestAborted);
        var held = true;
        try
        {
            exchange.Dialogue = dialogue;
            var settled = false;
            var settle = async () =>
            {
                if (!settled)
                {
                    settled = true;
                    await SettleAsync(exchange, started);

                    // Free before the supplier reads its answer: the next call, sent the moment the answer
                    // arrives, must find the dialogue where this exchange left it, and free to take.
                    dialogue.Gate.Release();
                    held = false;
                }
            };
            await JudgeAndAnswerAsync(context, exchange, settle);
            await settle();
        }
        finally
        {
            if (held)
            {
                dialogue.Gate.Release();
            }
        }
    }

    /// <summary>
    /// Tells the exchange everywhere once its answer is known, before the answer's body is sent. The
    /// recording goes on when the supplier hangs up: the upstream may have acted on the request.
    /// </summary>
    private async Task SettleAsync(Exchange exchange, long started)
    {
        // An exchange the model did not play (refused, never forwarded) still takes its rank.
        await dialogues.SettleAsync(exchange, answered: null);
        exchange.Duration = time.GetElapsedTime(started);
        await CompleteAsync(exchange, CancellationToken.None);
    }

    private async Task JudgeAndAnswerAsync(HttpContext context, Exchange exchange, Func<Task> settle)
    {
        if (exchange.Request!.TooLarge)
        {
            await AnswerAsync(context, exchange, settle, StatusCodes.Status413PayloadTooLarge, clientFault: true,
                $"The envelope is larger than {options.MaxEnvelopeBytes} bytes; omega-conformance did not forward it.");
        }
        else if (options.Mode == ProxyMode.Enforce && !exchange.IsConformant)
        {
            Log.RequestRefused(logger, exchange.Id, "not conformant");
            await AnswerAsync(context, exchange, settle, StatusCodes.Status500InternalServerError, clientFault: true,
                "The request is not conformant; omega-conformance (enforce mode) did not forward it.");
        }
        else if (replay.Answers is { } answers && exchange.Operation is { } operation
                 && answers.Answer(operation, exchange.Request.Memory) is { } recorded)
        {
            await AnswerFromRecordingAsync(context, exchange, settle, recorded);
        }
        else if (replay.Answers is not null && (!options.Fallthrough || upstream.Address is null))
        {
            await AnswerAsync(context, exchange, settle, StatusCodes.Status500InternalServerError, clientFault: false,
                $"No recorded exchange matches this {exchange.Operation ?? "unknown"} request; "
                + "omega-conformance answers from recordings only "
                + "(add --fallthrough to forward what no recording matches).");
        }
        else
        {
            await ForwardAsync(context, exchange, settle);
        }
    }

    /// <summary>Simulate mode: the recorded answer, judged and told as if OMEGA had just given it.</summary>
    private async Task AnswerFromRecordingAsync(
        HttpContext context, Exchange exchange, Func<Task> settle, RecordedAnswer recorded)
    {
        if (options.ReplayLatency && recorded.Latency > TimeSpan.Zero)
        {
            // OMEGA's own time, as recorded: a supplier's timeouts meet the delays they met then.
            await Task.Delay(recorded.Latency, time, context.RequestAborted);
            exchange.UpstreamDuration = recorded.Latency;
        }

        exchange.Response = BoundedBody.Of(recorded.Body);
        exchange.StatusCode = recorded.Status;
        exchange.ResponseContentType = recorded.ContentType;
        exchange.AnsweredFromRecording = recorded.Source;
        judge.JudgeResponse(exchange);
        await dialogues.SettleAsync(exchange, answered: true);
        context.Response.StatusCode = recorded.Status;
        context.Response.ContentType = recorded.ContentType;
        context.Response.ContentLength = recorded.Body.Length;
        VerdictHeaders.Write(context.Response, exchange);
        exchange.ResponseHeaders = RecordedHeaders.Keep(context.Response.Headers.Select(h =>
            new KeyValuePair<string, IEnumerable<string>>(h.Key, h.Value.OfType<string>())));
        await settle();
        await context.Response.Body.WriteAsync(recorded.Body, context.RequestAborted);
    }

    private async Task ForwardAsync(HttpContext context, Exchange exchange, Func<Task> settle)
    {
        // YARP forwards the bytes read, so the upstream gets exactly what the supplier sent.
        context.Request.Body = new MemoryStream(exchange.Request!.Bytes, 0, exchange.Request.Length, writable: false);
        var transformer = new JudgingTransformer(exchange, judge, dialogues, options.MaxEnvelopeBytes);
        var started = time.GetTimestamp();
        var error = await forwarder.SendAsync(context, upstream.Prefix, upstream.Client, _requestConfig, transformer);
        exchange.UpstreamDuration = time.GetElapsedTime(started);
        if (error == ForwarderError.None)
        {
            // An answer within the limit was held and judged; one over it was streamed already, and is
            // recorded (without its body) only now.
            if (exchange.Response is { TooLarge: false } answer)
            {
                await settle();
                context.Response.ContentLength = answer.Length;
                await context.Response.Body.WriteAsync(answer.Memory, context.RequestAborted);
            }

            return;
        }

        exchange.UpstreamError = error;
        await dialogues.SettleAsync(exchange, answered: false);

        var timedOut = error == ForwarderError.RequestTimedOut;
        var status = timedOut ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status502BadGateway;
        metrics.UpstreamError(error.ToString());
        Log.UpstreamFailed(logger, exchange.Id, upstream.Prefix, error.ToString(), status,
            context.Features.Get<IForwarderErrorFeature>()?.Exception);
        if (!context.Response.HasStarted)
        {
            var reason = timedOut
                ? $"OMEGA did not answer within {options.UpstreamTimeout.TotalSeconds:0.#} s "
                    + $"(upstream {upstream.Prefix})."
                : $"OMEGA could not be reached or broke off its answer (upstream {upstream.Prefix}: {error}).";
            await AnswerAsync(context, exchange, settle, status, clientFault: false, reason);
        }
    }

    /// <summary>The proxy answers itself with a SOAP 1.1 Fault, its verdict in the headers.</summary>
    private static async Task AnswerAsync(
        HttpContext context, Exchange exchange, Func<Task> settle, int status, bool clientFault, string reason)
    {
        var fault = SoapFault.Create(clientFault, reason, exchange.Violations);
        exchange.ProxyAnswer = reason;
        exchange.StatusCode = status;
        exchange.ResponseContentType = SoapFault.ContentType;
        exchange.Response = null;
        context.Response.Clear();
        context.Response.StatusCode = status;
        context.Response.ContentType = SoapFault.ContentType;
        context.Response.ContentLength = fault.Length;
        VerdictHeaders.Write(context.Response, exchange);
        exchange.ProxyAnswerBody = fault;
        exchange.ResponseHeaders = RecordedHeaders.Keep(context.Response.Headers.Select(h =>
            new KeyValuePair<string, IEnumerable<string>>(h.Key, h.Value.OfType<string>())));
        await settle();
        await context.Response.Body.WriteAsync(fault, context.RequestAborted);
    }

    private async Task CompleteAsync(Exchange exchange, CancellationToken cancel)
    {
        var violations = exchange.Violations.ToList();
        foreach (var violation in violations)
        {
            metrics.Violation(
                violation.RuleId,
                violation.Severity == Omega.Conformance.Validation.Severity.Error ? "error" : "warning");
        }

        var operation = exchange.Operation ?? "unknown";
        metrics.Exchange(operation, exchange.IsConformant, exchange.Duration);
        Log.ExchangeJudged(
            logger,
            exchange.Id,
            operation,
            exchange.NumeroDemande,
            exchange.IsConformant ? "pass" : "fail",
            exchange.StatusCode,
            violations.Count,
            string.Join(',', violations.Select(v => v.RuleId).Distinct(StringComparer.Ordinal)),
            exchange.Duration.TotalMilliseconds);

        await recorder.RecordAsync(exchange, cancel);
    }
}
