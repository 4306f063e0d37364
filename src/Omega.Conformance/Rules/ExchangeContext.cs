using Omega.Conformance.Soap;

namespace Omega.Conformance.Rules;

/// <summary>
/// What is known around a message beyond its own text: for a response, the request it answers;
/// for either, what OMEGA knows of the PCE. Rules that need it and do not get it say they could
/// not judge.
/// </summary>
public sealed record ExchangeContext
{
    /// <summary>The request of the exchange, when judging its response.</summary>
    public MessageElement? Request { get; init; }

    /// <summary>What the referential knows of the PCE, when the judge knows it (the simulator does).</summary>
    public PceFacts? Pce { get; init; }

    /// <summary>The subject DN of the TLS client certificate the request came with, when the judge saw one.</summary>
    public string? ClientCertificateSubject { get; init; }
}
