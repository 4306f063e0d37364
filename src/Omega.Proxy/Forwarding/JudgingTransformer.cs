using System.Net.Http.Headers;
using Omega.Proxy.Dialogues;
using Omega.Proxy.Exchanges;
using Omega.Proxy.Recording;
using Yarp.ReverseProxy.Forwarder;

namespace Omega.Proxy.Forwarding;

/// <summary>
/// Holds the upstream's answer back until it is read and judged, so that the verdict can travel in
/// the response headers. The body read is kept on the exchange and YARP does not copy it: the proxy
/// sends those very bytes once the exchange is recorded, outside the upstream's time-out. A body over
/// the limit is not held: YARP streams it on untouched, unjudged, and flagged.
/// </summary>
internal sealed class JudgingTransformer(Exchange exchange, ExchangeJudge judge, DialogueTracker dialogues, long limit)
    : HttpTransformer
{
    public override async ValueTask<bool> TransformResponseAsync(
        HttpContext httpContext,
        HttpResponseMessage? proxyResponse,
        CancellationToken cancellationToken)
    {
        var proceed = await base.TransformResponseAsync(httpContext, proxyResponse, cancellationToken);
        if (proxyResponse is null)
        {
            return proceed;
        }

        exchange.StatusCode = (int)proxyResponse.StatusCode;
        exchange.ResponseContentType = proxyResponse.Content.Headers.ContentType?.ToString();
        exchange.ResponseHeaders = RecordedHeaders.Keep(proxyResponse.Headers.Concat(proxyResponse.Content.Headers));
        var source = await proxyResponse.Content.ReadAsStreamAsync(cancellationToken);
        var body = await BoundedBody.ReadAsync(
            source, proxyResponse.Content.Headers.ContentLength, limit, cancellationToken);
        exchange.Response = body;
        judge.JudgeResponse(exchange);
        await dialogues.SettleAsync(exchange, answered: !body.TooLarge);
        VerdictHeaders.Write(httpContext.Response, exchange);

        if (!body.TooLarge)
        {
            proxyResponse.Content.Dispose();
            return false;
        }

        var content = new StreamContent(new PrefixedStream(body.Memory, source));
        CopyContentHeaders(proxyResponse.Content.Headers, content.Headers);
        proxyResponse.Content = content;
        return proceed;
    }

    private static void CopyContentHeaders(HttpContentHeaders from, HttpContentHeaders to)
    {
        foreach (var header in from)
        {
            to.TryAddWithoutValidation(header.Key, header.Value);
        }
    }
}
