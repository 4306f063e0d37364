using Omega.Conformance.Rules;
using Omega.Conformance.Services;
using Omega.Conformance.Soap;

namespace Omega.Conformance.Validation;

/// <summary>
/// The verdict on one message: every violation found, at once, what could not be judged, and what
/// the rules computed for the reader.
/// </summary>
public sealed class ValidationResult
{
    internal ValidationResult(
        ParsedEnvelope envelope,
        MessageBinding? binding,
        ViolationList violations,
        IReadOnlyList<NotJudged> notJudged,
        IReadOnlyList<Note> notes)
    {
        Envelope = envelope;
        Binding = binding;
        Violations = violations.Items;
        DroppedViolations = violations.Dropped;
        IsConformant = !violations.HasErrors;
        NotJudged = notJudged;
        Notes = notes;
    }

    public ParsedEnvelope Envelope { get; }

    /// <summary>The message read from the Body, or null when none could be read.</summary>
    public MessageElement? Message => Envelope.Message;

    /// <summary>The local name of the message's root element, or null.</summary>
    public string? MessageName => Envelope.Message?.Name;

    /// <summary>The service, operation and direction of the message, when the catalogue knows it.</summary>
    public MessageBinding? Binding { get; }

    public IReadOnlyList<Violation> Violations { get; }

    /// <summary>Violations found beyond the cap of one message and not listed.</summary>
    public int DroppedViolations { get; }

    public IReadOnlyList<NotJudged> NotJudged { get; }

    /// <summary>Texts the rules computed for the reader, such as the Bon d'Intervention's ObservationDisco.</summary>
    public IReadOnlyList<Note> Notes { get; }

    /// <summary>True when no violation has the severity error.</summary>
    public bool IsConformant { get; }

    public int ErrorCount => Violations.Count(v => v.Severity == Severity.Error);

    public int WarningCount => Violations.Count(v => v.Severity == Severity.Warning);
}
