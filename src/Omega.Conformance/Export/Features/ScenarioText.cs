namespace Omega.Conformance.Export.Features;

/// <summary>
/// The steps of one scenario as Gherkin lines: a step of the same kind as the one before reads "And",
/// and a comment says, in the feature itself, what the export could not carry over as it was.
/// </summary>
internal sealed class ScenarioText
{
    private const string Indent = "    ";

    private readonly List<string> _lines = [];
    private string? _kind;

    public IReadOnlyList<string> Lines => _lines;

    public void Given(string step) => Step("Given", step);

    public void When(string step) => Step("When", step);

    public void Then(string step) => Step("Then", step);

    public void Comment(string text) => _lines.Add(Indent + "# " + text);

    private void Step(string kind, string step)
    {
        _lines.Add(Indent + (kind == _kind ? "And" : kind) + " " + step);
        _kind = kind;
    }
}
