namespace Omega.Conformance.Validation;

/// <summary>What the catalogue says of a rule: its stable id, weight, origin and meaning.</summary>
/// <param name="Id">Stable id, never reused.</param>
/// <param name="Severity">The severity of the violations it reports.</param>
/// <param name="Section">Where it comes from: a section of the specification, or the layer that checks it.</param>
/// <param name="Summary">One line that says what the rule requires.</param>
public sealed record RuleDescriptor(string Id, Severity Severity, string Section, string Summary)
{
    public Violation At(string path, string message, int line = 0, int column = 0) =>
        new(Id, Severity, path, message, line, column);
}
