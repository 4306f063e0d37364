namespace Omega.Conformance.Validation;

/// <summary>
/// One breach of the contract, the rules or the dialogue, found in one message.
/// </summary>
/// <param name="RuleId">The stable id of the rule, as listed by <c>omega rules</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Path">The element path inside the message, from its root: <c>/Root/Child/Leaf[2]</c>.</param>
/// <param name="Message">What is wrong, in one sentence; OMEGA's own label, in French, where it has one.</param>
/// <param name="Line">The 1-based line in the document, or 0 when the violation has no position.</param>
/// <param name="Column">The 1-based column in the document, or 0.</param>
public sealed record Violation(
    string RuleId,
    Severity Severity,
    string Path,
    string Message,
    int Line = 0,
    int Column = 0);
