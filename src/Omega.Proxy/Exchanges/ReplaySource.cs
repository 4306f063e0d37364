using Omega.Conformance.Replay;

namespace Omega.Proxy.Exchanges;

/// <summary>The recordings the proxy answers from in simulate mode; <see cref="Answers"/> is null otherwise.</summary>
internal sealed record ReplaySource(RecordedAnswers? Answers);
