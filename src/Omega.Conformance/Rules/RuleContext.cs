using Omega.Conformance.Services;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Rules;

/// <summary>What a rule sees of one message, and where it reports.</summary>
public sealed class RuleContext
{
    private readonly ViolationList _violations;
    private readonly List<NotJudged> _notJudged;
    private readonly List<Note> _notes;

    internal RuleContext(
        MessageElement message,
        MessageBinding binding,
        ExchangeContext? exchange,
        ViolationList violations,
        List<NotJudged> notJudged,
        List<Note> notes)
    {
        Message = message;
        Binding = binding;
        Exchange = exchange;
        _violations = violations;
        _notJudged = notJudged;
        _notes = notes;
    }

    /// <summary>The root element of the message, inside the Body.</summary>
    public MessageElement Message { get; }

    public MessageBinding Binding { get; }

    public ExchangeContext? Exchange { get; }

    public void Report(RuleDescriptor rule, MessageElement element, string message) =>
        _violations.Add(rule.At(element.Path, message, element.Line, element.Column));

    /// <summary>Reports against a field that is absent, at the path it would have.</summary>
    public void ReportMissing(RuleDescriptor rule, MessageElement parent, string childName, string message) =>
        _violations.Add(rule.At(parent.PathOf(childName), message, parent.Line, parent.Column));

    public void CannotJudge(RuleDescriptor rule, string path, string reason) =>
        _notJudged.Add(new NotJudged(rule.Id, path, reason));

    /// <summary>Adds a computed text to the result, for the reader: see <see cref="Rules.Note"/>.</summary>
    public void Note(string key, string text) => _notes.Add(new Note(key, text));
}
