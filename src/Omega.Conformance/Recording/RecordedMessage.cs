namespace Omega.Conformance.Recording;

/// <summary>One side of a recorded exchange: its HTTP head and the file of its body.</summary>
public sealed record RecordedMessage
{
    /// <summary>The body file beside the manifest, or null when there was no body.</summary>
    public string? File { get; init; }

    public int Bytes { get; init; }

    /// <summary>The request's method and path; null on the response side.</summary>
    public string? Method { get; init; }

    public string? Path { get; init; }

    /// <summary>
    /// The request's HTTP version as the supplier sent it ("HTTP/1.1", "HTTP/2"); the answer went back
    /// in the same. Null on the response side, and in recordings made before it was kept.
    /// </summary>
    public string? Protocol { get; init; }

    /// <summary>"http" or "https", as the supplier reached the proxy; null on the response side.</summary>
    public string? Scheme { get; init; }

    /// <summary>The response's HTTP status; 0 on the request side.</summary>
    public int Status { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>The local name of the message in the Body, or null.</summary>
    public string? Message { get; init; }

    public bool Conformant { get; init; }

    /// <summary>
    /// "upstream"; "proxy" when the proxy answered itself (a refusal, a fault); "recording" in simulate mode.
    /// </summary>
    public string? AnsweredBy { get; init; }
}
