using System.Net.Http.Headers;

namespace Omega.Features.Supplier;

/// <summary>What came back over HTTP for one request: a status and a body, or nothing (the answer was lost).</summary>
public sealed record WireAnswer
{
    /// <summary>The HTTP status, or null when no answer came at all.</summary>
    public int? Status { get; init; }

    public string? ContentType { get; init; }

    public byte[] Body { get; init; } = [];

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Why no answer came: a reset, a time-out.</summary>
    public string? Lost { get; init; }

    public static async Task<WireAnswer> SendAsync(HttpClient client, Uri service, SupplierRequest request)
    {
        using var content = new ByteArrayContent(request.ToBytes());
        content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        using var message = new HttpRequestMessage(HttpMethod.Post, service) { Content = content };
        message.Headers.TryAddWithoutValidation("SOAPAction", "\"" + request.Operation + "\"");
        try
        {
            using var response = await client.SendAsync(message);
            return new WireAnswer
            {
                Status = (int)response.StatusCode,
                ContentType = response.Content.Headers.ContentType?.ToString(),
                Body = await response.Content.ReadAsByteArrayAsync(),
                Headers = Flatten(response.Headers),
            };
        }
        catch (HttpRequestException e)
        {
            return new WireAnswer { Lost = e.Message };
        }
        catch (TaskCanceledException e)
        {
            return new WireAnswer { Lost = e.Message };
        }
    }

    private static Dictionary<string, string> Flatten(HttpResponseHeaders headers) =>
        headers.ToDictionary(h => h.Key, h => string.Join(',', h.Value), StringComparer.OrdinalIgnoreCase);
}
