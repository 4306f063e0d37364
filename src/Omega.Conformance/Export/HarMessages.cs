using System.Net;
using System.Text.Json;
using Omega.Conformance.Recording;

namespace Omega.Conformance.Export;

/// <summary>
/// The request and response of a HAR entry. Bodies go as text; a body whose text would not give
/// back its recorded bytes goes as base64 as well (HAR's <c>encoding</c> for a response,
/// <c>_base64</c> for a request), so an archive always carries the bytes as recorded.
/// </summary>
internal static class HarMessages
{
    // Recordings made before the version and the scheme were kept have neither.
    private const string UnknownVersion = "unknown";

    public static void WriteRequest(Utf8JsonWriter json, RecordedMessage request, ReadOnlyMemory<byte> body)
    {
        var path = request.Path ?? "/";
        json.WriteStartObject("request");
        json.WriteString("method", request.Method ?? "POST");
        var scheme = request.Scheme ?? "http";
        json.WriteString("url", scheme + "://" + (Header(request, "Host") ?? "localhost") + path);
        json.WriteString("httpVersion", request.Protocol ?? UnknownVersion);
        WriteHead(json, request);
        json.WriteStartArray("queryString");
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            var pairs = System.Web.HttpUtility.ParseQueryString(path[(query + 1)..]);
            foreach (var name in pairs.AllKeys)
            {
                json.WriteStartObject();
                json.WriteString("name", name ?? string.Empty);
                json.WriteString("value", pairs[name]);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        if (!body.IsEmpty)
        {
            var text = BodyText.Of(body);
            json.WriteStartObject("postData");
            json.WriteString("mimeType", MimeType(request));
            json.WriteString("text", text.Text);
            if (!text.Exact)
            {
                json.WriteBase64String("_base64", body.Span);
            }

            json.WriteEndObject();
        }

        json.WriteNumber("headersSize", -1);
        json.WriteNumber("bodySize", body.Length);
        json.WriteEndObject();
    }

    /// <remarks>The answer went back to the supplier in the request's HTTP version.</remarks>
    public static void WriteResponse(
        Utf8JsonWriter json, RecordedMessage request, RecordedMessage response, ReadOnlyMemory<byte> body)
    {
        json.WriteStartObject("response");
        json.WriteNumber("status", response.Status);
        json.WriteString("statusText", StatusText(response.Status));
        json.WriteString("httpVersion", request.Protocol ?? UnknownVersion);
        WriteHead(json, response);
        json.WriteStartObject("content");
        json.WriteNumber("size", body.Length);
        json.WriteString("mimeType", MimeType(response));
        if (!body.IsEmpty)
        {
            var text = BodyText.Of(body);
            if (text.Exact)
            {
                json.WriteString("text", text.Text);
            }
            else
            {
                json.WriteBase64String("text", body.Span);
                json.WriteString("encoding", "base64");
            }
        }

        json.WriteEndObject();
        json.WriteString("redirectURL", Header(response, "Location") ?? string.Empty);
        json.WriteNumber("headersSize", -1);
        json.WriteNumber("bodySize", body.Length);
        json.WriteEndObject();
    }

    private static void WriteHead(Utf8JsonWriter json, RecordedMessage message)
    {
        json.WriteStartArray("cookies");
        json.WriteEndArray();
        json.WriteStartArray("headers");
        foreach (var (name, value) in message.Headers)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("value", value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string? Header(RecordedMessage message, string name) =>
        message.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string MimeType(RecordedMessage message) => Header(message, "Content-Type") ?? "text/xml";

    /// <summary>The standard reason phrase of a status, as HttpClient knows it, or "" for one it does not.</summary>
    private static string StatusText(int status)
    {
        if (status is < 100 or > 999)
        {
            return string.Empty;
        }

        using var known = new System.Net.Http.HttpResponseMessage((HttpStatusCode)status);
        return known.ReasonPhrase ?? string.Empty;
    }
}
